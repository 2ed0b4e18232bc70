// The user's own partnerships (Mine partnerskaber) and their factor profiles (Partnerskabstjek).
import type { FactorGroup } from '../content/types';

export const SECTORS = ['kommune', 'frivillig', 'virksomhed', 'uddannelse-kultur'] as const;
export type Sector = (typeof SECTORS)[number];

/** The four statuses of a factor, as the CLI spells them. */
export const ASSESSMENT_STATUSES = [
  'styrke',
  'opmaerksomhed',
  'ikke-relevant',
  'ikke-vurderet',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface Partner {
  name: string;
  sector: Sector;
}

export interface MyPartnership {
  /** UUID, stable across export and import. */
  id: string;
  name: string;
  partners: Partner[];
  /** YYYY-MM-DD or null. */
  periodStart: string | null;
  periodEnd: string | null;
  targetGroup: string;
  purpose: string;
  /** The free-text `partnership` value of notes this partnership was made from, or null. */
  migratedFrom: string | null;
  /** Ids of the notes that belong to it (links to notes not in this store are kept). */
  noteIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface MyPartnershipInput {
  name: string;
  partners?: Partner[];
  periodStart?: string | null;
  periodEnd?: string | null;
  targetGroup?: string;
  purpose?: string;
  noteIds?: string[];
}

/** One dated status of one factor: the history is every assessment ever made, none replaced. */
export interface Assessment {
  id: string;
  partnershipId: string;
  factorId: string;
  status: AssessmentStatus;
  /** Markdown-free plain comment, may be empty. */
  comment: string;
  /** The day the assessment is about, YYYY-MM-DD. */
  date: string;
  /** When it was recorded (ISO 8601); orders assessments of the same day. */
  recordedAt: string;
}

export interface AssessmentInput {
  partnershipId: string;
  factorId: string;
  status: AssessmentStatus;
  comment?: string;
  /** Default today. */
  date?: string;
}

/** Items of the source's lists that overlap (mutual trust …), shown and assessed once. */
export interface FactorSet {
  /** The id the set is shown and assessed under (its first member). */
  id: string;
  title: string;
  group: FactorGroup;
  /** Every member factor id, the first being `id`. */
  members: string[];
  /** The other lists the set's members stand in (not `group`). */
  alsoIn: FactorGroup[];
}

export interface ProfileNote {
  id: string;
  title: string;
  aboutDate: string | null;
}

export interface ProfileRow {
  set: FactorSet;
  /** Latest assessment on or before the profile date; null when never assessed. */
  current: Assessment | null;
  status: AssessmentStatus;
  /** Every assessment of the set, newest first. */
  history: Assessment[];
  notes: ProfileNote[];
  quotes: string[];
  lessons: string[];
}

export interface ProfileGroup {
  group: FactorGroup;
  rows: ProfileRow[];
}

export interface Profile {
  partnership: MyPartnership;
  /** The day the profile shows (statuses as they stood at its end). */
  asOf: string;
  groups: ProfileGroup[];
  counts: Record<AssessmentStatus, number>;
}

export interface ProfileChange {
  set: FactorSet;
  from: AssessmentStatus;
  to: AssessmentStatus;
  /** The assessment that made the later status (null when it is "never assessed"). */
  assessment: Assessment | null;
}

export interface ProfileComparison {
  partnershipId: string;
  from: string;
  to: string;
  changes: ProfileChange[];
  unchanged: number;
}

export interface OverviewEntry {
  partnership: MyPartnership;
  counts: Record<AssessmentStatus, number>;
  byGroup: { group: FactorGroup; counts: Record<AssessmentStatus, number> }[];
  notAssessed: FactorSet[];
  lastAssessed: string | null;
}

export interface FactorAcross {
  set: FactorSet;
  rows: { partnership: MyPartnership; current: Assessment | null; status: AssessmentStatus }[];
}

/** What became of the notes' free-text partnership values (import-report style). */
export interface MigrationReport {
  /** Partnerships made from free text. */
  added: number;
  /** Notes linked to them. */
  notesLinked: number;
  partnerships: { id: string; name: string; notes: number }[];
  /** The backup taken before the migration, when there was one. */
  backup: string | null;
}

export interface PartnershipsImportReport {
  added: number;
  updated: number;
  skipped: number;
  assessmentsAdded: number;
  backup: string | null;
}

/** What deleting a partnership takes with it into the trash (the confirmation says so). */
export interface DeletionImpact {
  id: string;
  name: string;
  /** Assessments of its Partnerskabstjek history: kept in the trash with it. */
  assessments: number;
  /** Live notes that belong to it: they stay, with their text; only the link goes with it. */
  notes: number;
}

export interface PartnershipDeletion extends DeletionImpact {
  /** The backup taken just before (or the newest, when nothing had changed since). */
  backup: string | null;
}
