export function QuotesView(_props: Record<string, unknown>) {
  return null;
}
