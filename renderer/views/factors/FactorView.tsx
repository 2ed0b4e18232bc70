export function FactorView(_props: Record<string, unknown>) {
  return null;
}
