// A form's unsaved text as the store keeps it. The key names the form: `note:new` or
// `note:<note id>`; the value is the form's own JSON.
import { z } from 'zod';

export interface Draft {
  key: string;
  value: string;
  updatedAt: string;
}

export const draftKey = z
  .string()
  .max(100)
  .regex(/^note:(new|[0-9a-f-]{36})$/, 'ukendt kladde');

export const draftValue = z.string().max(400_000);
