// All interface texts by language and namespace. To add a namespace: add da/<ns>.ts and en/<ns>.ts
// (English `satisfies` the Danish type) and one line for each in the two maps below.
import { common as daCommon } from './da/common';
import { common as enCommon } from './en/common';
import { home as daHome } from './da/home';
import { home as enHome } from './en/home';
import { partnerships as daPartnerships } from './da/partnerships';
import { partnerships as enPartnerships } from './en/partnerships';
import { quotes as daQuotes } from './da/quotes';
import { quotes as enQuotes } from './en/quotes';
import { factors as daFactors } from './da/factors';
import { factors as enFactors } from './en/factors';
import { search as daSearch } from './da/search';
import { search as enSearch } from './en/search';
import { notes as daNotes } from './da/notes';
import { notes as enNotes } from './en/notes';
import { handout as daHandout } from './da/handout';
import { handout as enHandout } from './en/handout';
import { settings as daSettings } from './da/settings';
import { settings as enSettings } from './en/settings';
import { editor as daEditor } from './da/editor';
import { editor as enEditor } from './en/editor';
import { searchedFor as daSearchedFor } from './da/searchedFor';
import { searchedFor as enSearchedFor } from './en/searchedFor';
import { desktop as daDesktop } from './da/desktop';
import { desktop as enDesktop } from './en/desktop';
import { diagnostics as daDiagnostics } from './da/diagnostics';
import { diagnostics as enDiagnostics } from './en/diagnostics';
import { issueTextsDa as daErrors } from '../../shared/errors/texts.da';
import { issueTextsEn as enErrors } from '../../shared/errors/texts.en';
import { myPartnerships as daMyPartnerships } from './da/myPartnerships';
import { myPartnerships as enMyPartnerships } from './en/myPartnerships';
import { storeNotices as daStoreNotices } from './da/storeNotices';
import { storeNotices as enStoreNotices } from './en/storeNotices';
import { speakerNotes as daSpeakerNotes } from './da/speakerNotes';
import { speakerNotes as enSpeakerNotes } from './en/speakerNotes';
import { team as daTeam } from './da/team';
import { team as enTeam } from './en/team';
import { partnershipLinks as daPartnershipLinks } from './da/partnershipLinks';
import { partnershipLinks as enPartnershipLinks } from './en/partnershipLinks';
import { noteTeam as daNoteTeam } from './da/noteTeam';
import { noteTeam as enNoteTeam } from './en/noteTeam';
import { teamHandouts as daTeamHandouts } from './da/teamHandouts';
import { teamHandouts as enTeamHandouts } from './en/teamHandouts';
import { searchAuthor as daSearchAuthor } from './da/searchAuthor';
import { searchAuthor as enSearchAuthor } from './en/searchAuthor';

export const da = {
  common: daCommon,
  home: daHome,
  partnerships: daPartnerships,
  quotes: daQuotes,
  factors: daFactors,
  search: daSearch,
  notes: daNotes,
  handout: daHandout,
  settings: daSettings,
  editor: daEditor,
  searchedFor: daSearchedFor,
  desktop: daDesktop,
  /** The texts of the contract's issue codes (shared with the CLI, which speaks Danish). */
  errors: daErrors,
  diagnostics: daDiagnostics,
  myPartnerships: daMyPartnerships,
  storeNotices: daStoreNotices,
  speakerNotes: daSpeakerNotes,
  team: daTeam,
  partnershipLinks: daPartnershipLinks,
  noteTeam: daNoteTeam,
  teamHandouts: daTeamHandouts,
  searchAuthor: daSearchAuthor,
};

export type Messages = typeof da;

export const en: Messages = {
  common: enCommon,
  home: enHome,
  partnerships: enPartnerships,
  quotes: enQuotes,
  factors: enFactors,
  search: enSearch,
  notes: enNotes,
  handout: enHandout,
  settings: enSettings,
  editor: enEditor,
  searchedFor: enSearchedFor,
  desktop: enDesktop,
  errors: enErrors,
  diagnostics: enDiagnostics,
  myPartnerships: enMyPartnerships,
  storeNotices: enStoreNotices,
  speakerNotes: enSpeakerNotes,
  team: enTeam,
  partnershipLinks: enPartnershipLinks,
  noteTeam: enNoteTeam,
  teamHandouts: enTeamHandouts,
  searchAuthor: enSearchAuthor,
};

export type Namespace = keyof Messages;

/** `namespace.key`, e.g. `common.navHome`. */
export type MessageKey = {
  [N in Namespace]: `${N}.${Extract<keyof Messages[N], string>}`;
}[Namespace];
