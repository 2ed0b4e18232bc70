// The `samspil` command's entry point, bundled by scripts/build-electron.mjs into
// dist/cli/samspil.cjs so that no TypeScript compiler runs when the command starts.
import { runCli } from './main';

// `samspil list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
