// The input schemas of Mine partnerskaber's calls, spread into apiSchemas (shared/apiSchemas.ts)
// and so validated by the IPC door like every other call. Main process only.
import { z } from 'zod';
import { EXPORT_FORMATS } from '../handout/types';
import {
  assessmentInputSchema,
  dayDate,
  factorId,
  partnershipInputSchema,
  partnershipPatchSchema,
} from './schema';

const id = z.string().uuid();
const empty = z.object({}).strict();

export const partnershipSchemas = {
  'partnerships.list': empty,
  'partnerships.get': z.object({ id }).strict(),
  'partnerships.create': partnershipInputSchema,
  'partnerships.update': partnershipPatchSchema,
  'partnerships.deletionImpact': z.object({ id }).strict(),
  'partnerships.delete': z.object({ id, confirm: z.boolean().optional() }).strict(),
  'partnerships.undelete': z.object({ id }).strict(),
  'partnerships.assess': assessmentInputSchema,
  'partnerships.profile': z.object({ id, asOf: dayDate.optional() }).strict(),
  'partnerships.compare': z.object({ id, from: dayDate, to: dayDate }).strict(),
  'partnerships.overview': z.object({ asOf: dayDate.optional() }).strict(),
  'partnerships.factorAcross': z.object({ factorId, asOf: dayDate.optional() }).strict(),
  'partnerships.migrationReport': empty,
  'partnerships.adoptNoteText': empty,
  'partnerships.search': z
    .object({ q: z.string().max(2000), limit: z.number().int().min(1).max(200).optional() })
    .strict(),
  'partnerships.handoutPreview': z.object({ id, asOf: dayDate.optional() }).strict(),
  'partnerships.exportHandout': z
    .object({ id, format: z.enum(EXPORT_FORMATS), asOf: dayDate.optional() })
    .strict(),
  'partnerships.exportFile': empty,
  'partnerships.importFile': empty,
};
