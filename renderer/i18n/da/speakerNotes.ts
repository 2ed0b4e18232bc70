// The remark on a speaker whose attribution is certain but worth a word (content/README.md).
export const speakerNotes = {
  remarkLabel: 'Bemærkning om taleren',
};
export type SpeakerNotesMessages = typeof speakerNotes;
