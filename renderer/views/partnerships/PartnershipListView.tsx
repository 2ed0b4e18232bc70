export function PartnershipListView(_props: Record<string, unknown>) {
  return null;
}
