// A search filter holds one value or several, written comma-separated in the URL
// (`type=quote,note`); ids, kinds and groups never contain a comma. Pure, unit-tested.

export function valuesOf(filter: string | undefined): string[] {
  return filter ? filter.split(',').filter(Boolean) : [];
}

/** The filter with `value` added, or taken out when it was there; undefined when empty. */
export function toggleValue(filter: string | undefined, value: string): string | undefined {
  const values = valuesOf(filter);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return next.length > 0 ? next.join(',') : undefined;
}
