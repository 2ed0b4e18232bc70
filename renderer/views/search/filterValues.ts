// A search filter holds one value or several, written comma-separated in the URL
// (`type=quote,note`). Ids, kinds and groups never contain a comma, but an author's display name
// may ("Holm, Anne"): within a value, "%" is written "%25" and "," "%2C". Pure, unit-tested.

const ESCAPES: Record<string, string> = { '%': '%25', ',': '%2C' };
const UNESCAPES: Record<string, string> = { '%25': '%', '%2C': ',' };

const escapeValue = (value: string) => value.replace(/[%,]/g, (c) => ESCAPES[c] ?? c);
const unescapeValue = (value: string) =>
  value.replace(/%(25|2C)/gi, (code) => UNESCAPES[code.toUpperCase()] ?? code);

export function valuesOf(filter: string | undefined): string[] {
  return filter ? filter.split(',').filter(Boolean).map(unescapeValue) : [];
}

/** The filter with `value` added, or taken out when it was there; undefined when empty. */
export function toggleValue(filter: string | undefined, value: string): string | undefined {
  const values = valuesOf(filter);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return next.length > 0 ? next.map(escapeValue).join(',') : undefined;
}
