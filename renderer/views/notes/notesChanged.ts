// A restore or import replaces the notes behind every view's back; views that list notes listen
// for this event and reload.
export const NOTES_CHANGED = 'samspil:notes-changed';

export function announceNotesChanged(): void {
  window.dispatchEvent(new Event(NOTES_CHANGED));
}
