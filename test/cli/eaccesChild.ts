// Run as an unprivileged user by accessDenied.test.ts: a JSON export into a folder it may not
// write, and a --body-file it may not read, through the real CLI entry; prints what stderr got.
import { runCli } from '../../electron/cli/main';

const [dataDir, out, bodyFile] = process.argv.slice(2) as [string, string, string];
let err = '';
process.stderr.write = ((chunk: string | Uint8Array) => (
  (err += String(chunk)),
  true
)) as typeof process.stderr.write;
const codes = [
  await runCli(['--data-dir', dataDir, 'notes', 'export', '--out', out]),
  await runCli(['--data-dir', dataDir, 'notes', 'add', '--title', 't', '--body-file', bodyFile]),
];
process.stdout.write(JSON.stringify({ codes, err }));
