export function PartnershipView(_props: Record<string, unknown>) {
  return null;
}
