// What each issue code says in the English interface (the Danish texts are in texts.da.ts).
import type { IssueTexts } from './texts.da';

export const issueTextsEn: IssueTexts = {
  required: 'is missing',
  'title-missing': 'the title is missing',
  'too-long': 'must be at most {maximum} characters',
  'too-short': 'must be at least {minimum} characters',
  'too-many': 'must have at most {maximum} items',
  'too-few': 'must have at least {minimum} items',
  'too-large': 'must be at most {maximum}',
  'too-small': 'must be at least {minimum}',
  'invalid-type': 'has the wrong type (expected {expected})',
  'invalid-id': 'not a valid id',
  'invalid-uuid': 'not a valid UUID',
  'invalid-date': 'write the date as YYYY-MM-DD',
  'not-a-calendar-date': 'that date does not exist in the calendar',
  'date-out-of-range': 'the date must lie between 1900-01-01 and 2999-12-31',
  'invalid-datetime': 'not a valid time (ISO 8601 with time zone)',
  'time-out-of-range': 'the time must lie between {earliest} and {latest}',
  'invalid-format': 'has an invalid format',
  'invalid-value': 'not an allowed value (allowed: {values})',
  'unknown-keys': 'unknown fields: {keys}',
  invalid: 'not a valid value',
  'unknown-link': 'unknown link id "{id}" (not in the content)',
  'unknown-factor': 'unknown success factor "{id}"',
  'unknown-backup': 'unknown backup',
  'unknown-draft': 'unknown draft',

  'unknown-method': 'Unknown call: {method}',
  'sender-gone': 'The call came from a frame that no longer exists.',
  'sender-subframe': 'Only the app’s main window may call the app.',
  'sender-foreign': 'The call came from a foreign origin.',
  'external-url-refused': 'Only http, https and mailto links can be opened outside the app.',
  'file-not-exported': 'Samspil only opens files it has just saved itself.',
  'window-closed': 'The window is closed.',
  'file-open-failed': 'The file could not be opened: {detail}',
  'bridge-missing': 'The connection to Samspil’s data is missing (window.samspil).',
  internal: 'Unexpected error: {detail}',

  'note-not-found': 'Unknown note: {ids}',
  'confirm-bulk-delete':
    'You are about to delete {count} of {total} notes (more than half). ' +
    'Confirm to go on; a backup is taken first.',
  'confirm-import-replace':
    'The import replaces the notes and removes {count} of {total} (more than half). ' +
    'Confirm to go on; a backup is taken first.',
  'import-unreadable': 'The import file {file} cannot be read ({detail})',
  'import-refused': 'The import file is refused',
  'import-too-large': 'the file is larger than {megabytes} MB',
  'import-not-utf8': 'the file is not valid UTF-8 text',
  'import-not-json': 'the file is not valid JSON ({detail})',
  'import-duplicate-id': 'the id {id} also appears in {first}',
  'export-folder-taken':
    'The folder {folder} exists and is not an earlier export of notes; choose an empty or new folder.',
  'backup-dir-is-data-dir': 'The backups must live in another folder than the database.',
  'export-folder-update':
    'The folder {folder} holds an earlier export. Confirm that it should be updated (--force on the command line); other files in the folder are not touched.',
  'export-foreign-file':
    'The file {file} was not written by Samspil; the export does not replace it.',
  'export-in-backup-dir':
    'The export may not be written into the backup folder ({dir}): {file}. Choose another folder.',
  'export-in-data-dir':
    'The export may not be written into Samspil’s data folder ({dir}): {file}. Choose another folder.',
  'export-not-a-file':
    '{file} is not a regular file (but a folder or a device); the export only writes regular files or new paths.',
  'export-onto-database':
    '{file} is an SQLite database or log file; an export never writes over a database.',
  'export-file-exists':
    'The file {file} exists already and has not been changed. Choose a new name, or confirm that it should be replaced (--force on the command line).',

  'disk-full':
    'The disk is full (no room on the disk for {file}); nothing was saved. Free some space and try again.',
  'store-read-only':
    'The notes database {file} is read-only; nothing was saved. Allow writing to the file and its folder.',
  'store-busy':
    'The notes database {file} is busy in another program (perhaps Samspil on the command line); nothing was saved. Try again in a moment.',
  'store-opened-read-only':
    'Samspil is open for reading only ({detail}: {folder}); nothing was saved.',
  'store-unreadable': 'The notes database {file} cannot be opened or read ({detail}).',
  'store-too-new':
    'The notes database {file} is from a newer version of Samspil (schema version {found}; this ' +
    'version knows up to {supported}). Update Samspil. The file has not been changed.',
  'backup-not-found': 'Unknown backup: {name}',
  'backup-damaged': 'The backup {name} is damaged: {detail}',
  'backup-unverified': 'The backup could not be verified: {detail}',

  'content-not-found': 'There is no content with the id "{id}".',
  'content-is-section':
    'There is no content with the id "{id}" (it is a section of a partnership).',
  'corpus-missing':
    'The compiled knowledge base is missing ({file}). Run "npm run build" (or "npm run build:content") first.',
  'corpus-broken':
    'The compiled knowledge base in {file} is broken. Run "npm run build:content" again.',
  'corpus-format':
    'The compiled knowledge base in {file} has an unknown format. Run "npm run build:content" again.',
  'index-missing':
    'The search index is missing ({file}). Run "npm run build" (or "npm run build:content") first.',
  'index-broken': 'The search index in {file} is broken. Run "npm run build:content" again.',

  'handout-not-found': 'There is no handout with the id {id}.',
  'handout-not-in-trash': 'The trash holds no handout with id {id}.',
  'pdf-unavailable':
    'PDF export needs a browser engine (Electron or Chromium), and none is available here. ' +
    'Export as HTML and print it to PDF, or install Chromium.',
  'chromium-missing':
    'PDF export from the command line needs Chromium, but {file} does not exist. ' +
    'Install Chromium (Debian: apt install chromium), set SAMSPIL_CHROMIUM to its path, ' +
    'or export as HTML or DOCX.',
  'write-failed': 'Could not write {file}: {detail}',

  // The team library.
  'team-name-invalid': 'The display name must be 1-100 characters.',
  'team-folder-missing': 'The team folder does not exist or is not a folder: {folder}',
  'team-folder-holds-data':
    'The team folder may not contain Samspil’s data folder or lie inside it: the database must stay on this computer.',
  'team-item-not-found': 'Unknown note or handout: {ids}',
  'team-no-conflict':
    'There is no conflict to resolve for this item (or the version no longer exists).',
  'team-read-only': 'The team library cannot be used while the database can only be read: {reason}',
  'team-newer-schema':
    'The team library’s tables were written by a newer Samspil (version {version}); update Samspil.',

  // My partnerships.
  'date-does-not-exist': 'the date does not exist in the calendar',
  'name-missing': 'the name is missing',
  'partner-name-missing': 'the partner’s name is missing',
  'period-ends-before-start': 'the period ends before it begins',
  'partnership-not-found': 'There is no partnership with the id {id}.',
  'confirm-partnership-delete':
    'The partnership “{name}” is deleted with its history (assessments: {assessments}); ' +
    'notes that belong to it: {notes} (the notes stay, only their link to the partnership goes). ' +
    'Confirm to go on (--force on the command line); a backup is taken first, ' +
    'and the deletion can be undone.',
  'not-a-partnerships-file':
    'the file is not a Samspil partnerships file (format must be "samspil-partnerskaber")',
  'unknown-file-version': 'the file has an unknown version (this version of Samspil knows {known})',

  // Paths the user names (imports, --body-file, --out, the data folder) and another program's database.
  'export-not-written': 'The export was not written',
  'write-failed-file': 'Could not write {file}',
  'body-file-refused': '--body-file was refused',
  'data-dir-unusable': 'The data folder cannot be used',
  'path-missing': '{file} does not exist',
  'path-folder-missing': 'the folder of {file} does not exist',
  'path-is-folder': '{file} is a folder, not a file',
  'path-under-file': 'part of the path {file} is a file, not a folder',
  'path-taken': '{file} exists already and is not a folder',
  'path-not-regular': '{file} is {kind}, not a regular file',
  'path-not-folder': '{file} exists and is {kind}, not a folder',
  'path-too-large': '{file} is larger than {megabytes} MB',
  'path-not-utf8': '{file} is not valid UTF-8 text',
  'path-disk-full': 'the disk is full; {file} was not written',
  'path-no-access': 'no access to {file}',
  'path-read-only': '{file} is on a read-only drive',
  'path-error': '{file} cannot be used ({detail})',
  'foreign-database':
    "{file} is another program's SQLite database (tables: {tables}), not Samspil's notes " +
    'database; the file was not changed. Choose another data folder, or move the file away.',
};
