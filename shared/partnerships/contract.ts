// The calls of Mine partnerskaber, spread into `apiContract` (shared/api.ts): output types and
// input schemas, validated by the IPC door like every other call.
import { z } from 'zod';
import type { Handout } from '../handout/types';
import { EXPORT_FORMATS } from '../handout/types';
import {
  assessmentInputSchema,
  dayDate,
  partnershipInputSchema,
  partnershipPatchSchema,
} from './schema';
import type {
  Assessment,
  FactorAcross,
  MigrationReport,
  MyPartnership,
  OverviewEntry,
  PartnershipsImportReport,
  Profile,
  ProfileComparison,
} from './types';
import type { PartnershipSearchHit } from './searchPartnerships';

/** Declares one call: its output (as a type only), then its input schema (as in api.ts). */
function call<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({
    input,
    output: undefined as unknown as O,
  });
}

const id = z.string().uuid();
const factorId = z
  .string()
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ugyldigt faktor-id');
const empty = z.object({}).strict();
type Saved = { path: string } | { cancelled: true };

export const partnershipsContract = {
  'partnerships.list': call<MyPartnership[]>()(empty),
  'partnerships.get': call<MyPartnership>()(z.object({ id }).strict()),
  'partnerships.create': call<MyPartnership>()(partnershipInputSchema),
  'partnerships.update': call<MyPartnership>()(partnershipPatchSchema),
  /** Records one dated status of one factor; earlier statuses stay in the history. */
  'partnerships.assess': call<Assessment>()(assessmentInputSchema),
  'partnerships.profile': call<Profile>()(z.object({ id, asOf: dayDate.optional() }).strict()),
  'partnerships.compare': call<ProfileComparison>()(
    z.object({ id, from: dayDate, to: dayDate }).strict(),
  ),
  'partnerships.overview': call<OverviewEntry[]>()(z.object({ asOf: dayDate.optional() }).strict()),
  'partnerships.factorAcross': call<FactorAcross>()(
    z.object({ factorId, asOf: dayDate.optional() }).strict(),
  ),
  'partnerships.migrationReport': call<MigrationReport>()(empty),
  /** Brings in the free-text partnership of notes written since; new text becomes a partnership. */
  'partnerships.adoptNoteText': call<{ added: number; notesLinked: number }>()(empty),
  /** Partnerships and assessment comments matching every word of `q`. */
  'partnerships.search': call<PartnershipSearchHit[]>()(
    z
      .object({ q: z.string().max(2000), limit: z.number().int().min(1).max(200).optional() })
      .strict(),
  ),
  /** The profile's meeting handout, unsaved, as the live preview's HTML. */
  'partnerships.handoutPreview': call<{ html: string; handout: Handout }>()(
    z.object({ id, asOf: dayDate.optional() }).strict(),
  ),
  /** Asks where to save, then exports the profile's handout in the chosen format. */
  'partnerships.exportHandout': call<Saved>()(
    z.object({ id, format: z.enum(EXPORT_FORMATS), asOf: dayDate.optional() }).strict(),
  ),
  /** Asks where to save, then writes every partnership with its history (JSON). */
  'partnerships.exportFile': call<Saved>()(empty),
  /** Asks for a file; validates all of it before writing anything. */
  'partnerships.importFile': call<PartnershipsImportReport | { cancelled: true }>()(empty),
} satisfies Record<string, { input: z.ZodType; output: unknown }>;
