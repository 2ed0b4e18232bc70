// An undo brings a deleted partnership back behind the list's back; the list listens and reloads.
export const PARTNERSHIPS_CHANGED = 'samspil:partnerships-changed';

export function announcePartnershipsChanged(): void {
  window.dispatchEvent(new Event(PARTNERSHIPS_CHANGED));
}
