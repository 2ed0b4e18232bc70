// Option parsing shared by the commands: node:util's strict parseArgs, with its English errors
// turned into Danish usage errors that name the option, and the small output helpers around it.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { noteId } from '../../shared/apiSchemas';
import type { CliContext } from './context';

/** Wrong usage: the command prints the message and its usage, and exits 2. */
export class CliUsageError extends Error {}

type WithJson<O extends ParseArgsOptionsConfig> = O & { json: { type: 'boolean' } };

/** Parses `argv` strictly, with `--json` always allowed and positionals kept. */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(argv: string[], options: O) {
  const config = { ...options, json: { type: 'boolean' } } as WithJson<O>;
  try {
    return parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw toUsageError(error);
  }
}

function isParseArgsError(error: unknown): error is TypeError & { code: string } {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}

/** node:util's parseArgs speaks English; the CLI speaks Danish and names the option. */
export function toUsageError(error: unknown): unknown {
  if (!isParseArgsError(error)) return error;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new CliUsageError(`ukendt valg "${option}"`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new CliUsageError(`uventet argument "${quoted}"`);
    default:
      if (/does not take an argument/.test(error.message)) {
        return new CliUsageError(`${option} tager ingen værdi`);
      }
      if (/ambiguous/.test(error.message)) {
        return new CliUsageError(`${option}: en værdi der begynder med "-" skrives ${option}=-…`);
      }
      return new CliUsageError(`${option} kræver en værdi`);
  }
}

/** The Danish text of a parse error (or of any other error, as it is). */
export function describeUsage(error: unknown): string {
  const usage = toUsageError(error);
  return usage instanceof Error ? usage.message : String(usage);
}

/** The one positional a command needs, or a usage error saying what to write. */
export function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new CliUsageError(`skriv ${what}`);
  return positionals[0] as string;
}

/** Prints `value` as JSON with `--json`, else the line; exit code 0. */
export function done(ctx: CliContext, json: boolean | undefined, value: unknown, line: string) {
  if (json) ctx.json(value);
  else ctx.out(line);
  return 0;
}

/** A note or handout id as typed: a UUID in capitals is the same id, kept in lower case. */
export function idArg(text: string): string {
  const parsed = noteId.safeParse(text.trim());
  return parsed.success ? parsed.data : text;
}
