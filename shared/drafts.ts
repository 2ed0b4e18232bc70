// A form's unsaved text as the store keeps it. The key names the form: `note:new` or
// `note:<note id>`; the value is the form's own JSON. (The input schemas, draftKey and
// draftValue, are in shared/apiSchemas.ts.)

export interface Draft {
  key: string;
  value: string;
  updatedAt: string;
}
