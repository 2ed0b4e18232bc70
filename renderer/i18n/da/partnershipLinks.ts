// Danish texts of deleting one of the user's partnerships (with its undo) and of choosing a
// note's partnerships in the note editor.
export const partnershipLinks = {
  deleteHeading: 'Slet partnerskabet',
  deleteLead:
    'Partnerskabet og dets Partnerskabstjek med hele historikken kommer i papirkurven. Noterne, der hører til det, bliver, med al deres tekst.',
  deleteOpen: 'Slet partnerskab …',
  deleteChecking: 'Tæller vurderinger og noter …',
  deleteLabel: 'Slet “{name}”?',
  deleteConfirmIntro: 'Slet partnerskabet “{name}”?',
  deleteAssessments: 'Dets {count} vurderinger i Partnerskabstjekkets historik slettes med det.',
  deleteAssessments_one: 'Dets ene vurdering i Partnerskabstjekkets historik slettes med den.',
  deleteAssessmentsNone: 'Det har ingen vurderinger endnu.',
  deleteNotes:
    '{count} noter hører til det: noterne bliver med deres tekst, kun forbindelsen til partnerskabet fjernes.',
  deleteNotes_one:
    '1 note hører til det: noten bliver med sin tekst, kun forbindelsen til partnerskabet fjernes.',
  deleteNotesNone: 'Ingen noter hører til det.',
  deleteSafety: 'Der tages en sikkerhedskopi først, og du kan fortryde sletningen.',
  deleteConfirm: 'Slet partnerskabet',
  deleteCancel: 'Annullér',
  deleteFailed: 'Partnerskabet blev ikke slettet: {message}',
  deleted: 'Partnerskabet “{name}” er slettet.',
  notFoundTitle: 'Partnerskabet findes ikke',
  notFoundBody:
    'Det kan være slettet. Lige efter en sletning bringer Fortryd (eller Ctrl+Z) det tilbage med hele dets historik.',
  backupReason: 'før sletning af et partnerskab',
  chooserLabel: 'Mine partnerskaber',
  chooserHint:
    'De af dine egne partnerskaber, noten hører til. Skriv for at søge, pil ned viser dem alle.',
  chooserUnknown: 'Ukendt partnerskab',
  chooserLoadFailed: 'Dine partnerskaber kunne ikke hentes: {message}',
  chooserNone: 'Du har ingen partnerskaber endnu.',
  chooserCreate: 'Opret et under Mine partnerskaber',
  freeTextLabel: 'Partnerskab som fri tekst',
  freeTextHint:
    'Til et partnerskab, der ikke er blandt dine egne. Teksten gemmes på noten; “Hent partnerskaber fra noterne” kan senere gøre den til et partnerskab.',
};
export type PartnershipLinksMessages = typeof partnershipLinks;
