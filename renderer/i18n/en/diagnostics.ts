// English texts about the app's own log (Settings → Data).
import type { diagnostics as da } from '../da/diagnostics';

export const diagnostics: typeof da = {
  logFile: 'Log file',
  logHelp:
    'Unexpected errors, refused calls and recoveries of the database are written here in full. Send the file along when you ask for help.',
};
