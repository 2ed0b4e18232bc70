export function FactorsView(_props: Record<string, unknown>) {
  return null;
}
