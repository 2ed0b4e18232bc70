export function HomeView(_props: Record<string, unknown>) {
  return null;
}
