import type { SpeakerNotesMessages } from '../da/speakerNotes';

export const speakerNotes = {
  remarkLabel: 'Note on the speaker',
} satisfies SpeakerNotesMessages;
