// The calls of Mine partnerskaber: their input and output types and their names, joined into
// the contract in shared/api.ts. No schema here: the renderer imports this file. The inputs'
// schemas are in apiSchemas.ts beside it, which the main process validates with.
import type { Handout, ExportFormat } from '../handout/types';
import type {
  Assessment,
  AssessmentInput,
  DeletionImpact,
  FactorAcross,
  MigrationReport,
  MyPartnership,
  MyPartnershipInput,
  OverviewEntry,
  PartnershipDeletion,
  PartnershipsImportReport,
  Profile,
  ProfileComparison,
} from './types';
import type { PartnershipSearchHit } from './searchPartnerships';

type Empty = Record<string, never>;
type Saved = { path: string } | { cancelled: true };

export interface PartnershipCalls {
  'partnerships.list': { input: Empty; output: MyPartnership[] };
  'partnerships.get': { input: { id: string }; output: MyPartnership };
  'partnerships.create': { input: MyPartnershipInput; output: MyPartnership };
  'partnerships.update': {
    input: Partial<MyPartnershipInput> & { id: string };
    output: MyPartnership;
  };
  /** How many assessments and notes deleting the partnership concerns (for the confirmation). */
  'partnerships.deletionImpact': { input: { id: string }; output: DeletionImpact };
  /**
   * Moves the partnership to the trash with its history, after a backup; without `confirm` it
   * refuses (`needs-confirmation`) naming the counts. Its notes stay; only their link goes.
   */
  'partnerships.delete': { input: { id: string; confirm?: boolean }; output: PartnershipDeletion };
  /** Brings a deleted partnership back from the trash with its history and note links. */
  'partnerships.undelete': { input: { id: string }; output: MyPartnership };
  /** Records one dated status of one factor; earlier statuses stay in the history. */
  'partnerships.assess': { input: AssessmentInput; output: Assessment };
  'partnerships.profile': { input: { id: string; asOf?: string }; output: Profile };
  'partnerships.compare': {
    input: { id: string; from: string; to: string };
    output: ProfileComparison;
  };
  'partnerships.overview': { input: { asOf?: string }; output: OverviewEntry[] };
  'partnerships.factorAcross': { input: { factorId: string; asOf?: string }; output: FactorAcross };
  'partnerships.migrationReport': { input: Empty; output: MigrationReport };
  /** Brings in the free-text partnership of notes written since; new text becomes a partnership. */
  'partnerships.adoptNoteText': { input: Empty; output: { added: number; notesLinked: number } };
  /** Partnerships and assessment comments matching every word of `q`. */
  'partnerships.search': { input: { q: string; limit?: number }; output: PartnershipSearchHit[] };
  /** The profile's meeting handout, unsaved, as the live preview's HTML. */
  'partnerships.handoutPreview': {
    input: { id: string; asOf?: string };
    output: { html: string; handout: Handout };
  };
  /** Asks where to save, then exports the profile's handout in the chosen format. */
  'partnerships.exportHandout': {
    input: { id: string; format: ExportFormat; asOf?: string };
    output: Saved;
  };
  /** Asks where to save, then writes every partnership with its history (JSON). */
  'partnerships.exportFile': { input: Empty; output: Saved };
  /** Asks for a file; validates all of it before writing anything. */
  'partnerships.importFile': {
    input: Empty;
    output: PartnershipsImportReport | { cancelled: true };
  };
}

export const PARTNERSHIP_METHODS = [
  'partnerships.list',
  'partnerships.get',
  'partnerships.create',
  'partnerships.update',
  'partnerships.deletionImpact',
  'partnerships.delete',
  'partnerships.undelete',
  'partnerships.assess',
  'partnerships.profile',
  'partnerships.compare',
  'partnerships.overview',
  'partnerships.factorAcross',
  'partnerships.migrationReport',
  'partnerships.adoptNoteText',
  'partnerships.search',
  'partnerships.handoutPreview',
  'partnerships.exportHandout',
  'partnerships.exportFile',
  'partnerships.importFile',
] as const satisfies readonly (keyof PartnershipCalls)[];
