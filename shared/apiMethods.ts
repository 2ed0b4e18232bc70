// The names of the contract's calls without their zod schemas, for code that must stay small and
// schema-free (the sandboxed preload, the test bridge's page script). The type checks below fail
// the build when this list and `apiContract` in api.ts differ in either direction.
import type { ApiMethod } from './api';

export const API_METHOD_NAMES = [
  'content.all',
  'content.get',
  'search.query',
  'notes.list',
  'notes.get',
  'notes.create',
  'notes.update',
  'notes.delete',
  'notes.undelete',
  'notes.export',
  'notes.import',
  'notes.status',
  'notes.acknowledgeRecoveries',
  'backups.list',
  'backups.create',
  'backups.restore',
  'settings.get',
  'settings.set',
  'settings.chooseBackupDir',
  'handouts.list',
  'handouts.get',
  'handouts.create',
  'handouts.update',
  'handouts.duplicate',
  'handouts.delete',
  'handouts.preview',
  'handouts.export',
  'app.info',
  'app.openExternal',
  'app.copy',
  'app.findInPage',
  'app.stopFindInPage',
  'app.print',
  'app.openPath',
  'app.showItemInFolder',
] as const satisfies readonly ApiMethod[];

type Listed = (typeof API_METHOD_NAMES)[number];
type Unlisted = Exclude<ApiMethod, Listed>;
/** Compiles only while every contract call is listed above. */
export const EVERY_METHOD_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

/** The IPC channel of a call. */
export const channelOf = (method: ApiMethod): string => `samspil:${method}`;
