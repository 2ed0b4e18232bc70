// The command line over the same services as the app (`samspil <command>`; entry: bin.ts).
import { ZodError } from 'zod';
import { describeIssues } from '../../shared/errors/describeIssues';
import { issueTextsDa } from '../../shared/errors/texts.da';
import { issuesFromZod } from '../../shared/errors/zodIssues';
import { commands } from './commands/index';
import { createCliContext, type GlobalOptions } from './context';
import { visibleControls } from './terminalText';

const HELP = (): string =>
  [
    'Samspil – videnbase om partnerskaber (CLI)',
    '',
    'Brug: samspil <kommando> [valg]   (i en klon: npx samspil … eller npm run -s samspil -- …)',
    '',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Fælles valg:',
    '  --data-dir <mappe>    hvor noterne ligger (ellers SAMSPIL_DATA_DIR eller appens datamappe)',
    '  --json                maskinlæsbart output, hvor kommandoen giver data',
  ].join('\n');

/** Takes the global options out of argv wherever they stand. */
function splitGlobalOptions(argv: string[]): { global: GlobalOptions; rest: string[] } {
  const global: GlobalOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === '--data-dir' || flag === '--corpus-dir') {
      const value = inline ?? argv[++i];
      if (!value) throw new UsageError(`${flag} kræver en mappe`);
      if (flag === '--data-dir') global.dataDir = value;
      else global.corpusDir = value;
    } else rest.push(arg);
  }
  return { global, rest };
}

class UsageError extends Error {}

/** Done, but the store was found damaged (or empty, or with a foreign -wal) and moved aside. */
export const EXIT_RECOVERED = 3;

export async function runCli(argv: string[]): Promise<number> {
  let context: ReturnType<typeof createCliContext> | undefined;
  try {
    const { global, rest } = splitGlobalOptions(argv);
    const [name, ...args] = rest;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      process.stdout.write(`${HELP()}\n`);
      return name ? 0 : 2;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`ukendt kommando "${name}" (se: samspil help)`);
    context = createCliContext(global);
    const code = await command.run(args, context);
    // The command that found the store damaged says so in its exit code too (see README).
    return code === 0 && context.foundDamage() ? EXIT_RECOVERED : code;
  } catch (error) {
    process.stderr.write(`samspil: ${visibleControls(describeError(error))}\n`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    context?.close();
  }
}

/** The CLI speaks Danish: an ApiError's message is the Danish text of its issues. */
function describeError(error: unknown): string {
  if (error instanceof ZodError) return describeIssues(issuesFromZod(error), issueTextsDa);
  if (error instanceof Error) return error.message;
  return String(error);
}
