// Fills `{name}` placeholders of a text; unknown names stay as written.

export type TextParams = Record<string, string | number>;

export function interpolate(template: string, vars: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
