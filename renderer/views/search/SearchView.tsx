export function SearchView(_props: Record<string, unknown>) {
  return null;
}
