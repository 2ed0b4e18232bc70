// Input schemas of Mine partnerskaber: the API's inputs and the export file, validated the same way.
// A custom message is an issue code (shared/errors/texts.da.ts), never prose.
import { z } from 'zod';
import { ASSESSMENT_STATUSES, SECTORS } from './types';

const uuid = z.string().uuid();
export const factorId = z
  .string()
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid-id');
export const dayDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid-date')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'date-does-not-exist');
const shortText = z.string().max(500);
const longText = z.string().max(20_000);

export const partnerSchema = z
  .object({
    name: shortText.trim().min(1, 'partner-name-missing'),
    sector: z.enum(SECTORS),
  })
  .strict();

export const partnershipInputSchema = z
  .object({
    name: shortText.trim().min(1, 'name-missing'),
    partners: z.array(partnerSchema).max(100).optional(),
    periodStart: dayDate.nullable().optional(),
    periodEnd: dayDate.nullable().optional(),
    targetGroup: longText.optional(),
    purpose: longText.optional(),
    noteIds: z.array(uuid).max(10_000).optional(),
  })
  .strict()
  .refine((p) => !p.periodStart || !p.periodEnd || p.periodStart <= p.periodEnd, {
    message: 'period-ends-before-start',
    path: ['periodEnd'],
  });

export const partnershipPatchSchema = z
  .object({
    id: uuid,
    name: shortText.trim().min(1, 'name-missing').optional(),
    partners: z.array(partnerSchema).max(100).optional(),
    periodStart: dayDate.nullable().optional(),
    periodEnd: dayDate.nullable().optional(),
    targetGroup: longText.optional(),
    purpose: longText.optional(),
    noteIds: z.array(uuid).max(10_000).optional(),
  })
  .strict();

export const assessmentInputSchema = z
  .object({
    partnershipId: uuid,
    factorId,
    status: z.enum(ASSESSMENT_STATUSES),
    comment: longText.optional(),
    date: dayDate.optional(),
  })
  .strict();

const isoTime = z.string().datetime({ offset: true });

export const assessmentRecordSchema = z
  .object({
    id: uuid,
    factorId,
    status: z.enum(ASSESSMENT_STATUSES),
    comment: longText,
    date: dayDate,
    recordedAt: isoTime,
  })
  .strict();

export const partnershipRecordSchema = z
  .object({
    id: uuid,
    name: shortText.trim().min(1, 'name-missing'),
    partners: z.array(partnerSchema).max(100),
    periodStart: dayDate.nullable(),
    periodEnd: dayDate.nullable(),
    targetGroup: longText,
    purpose: longText,
    migratedFrom: shortText.nullable(),
    noteIds: z.array(uuid).max(10_000),
    createdAt: isoTime,
    updatedAt: isoTime,
    assessments: z.array(assessmentRecordSchema).max(100_000),
  })
  .strict();

export const PARTNERSHIPS_FILE_FORMAT = 'samspil-partnerskaber';

export const partnershipsFileSchema = z
  .object({
    format: z.literal(PARTNERSHIPS_FILE_FORMAT, { message: 'not-a-partnerships-file' }),
    version: z.literal(1, { message: 'unknown-file-version' }),
    exportedAt: isoTime,
    partnerships: z.array(partnershipRecordSchema).max(10_000),
  })
  .strict();

export type PartnershipRecord = z.infer<typeof partnershipRecordSchema>;
export type PartnershipsFile = z.infer<typeof partnershipsFileSchema>;
