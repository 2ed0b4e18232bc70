// The main process's log: internal errors, refused IPC calls and store recoveries, each one JSON
// line with its stack, in <userData>/logs/samspil.log. Rotated by size (samspil.1.log … .N.log),
// written synchronously so a line survives a crash right after it, and never a reason to fail:
// a log that cannot be written is skipped.
import fs from 'node:fs';
import path from 'node:path';

export type LogDetails = Record<string, string | number | boolean | null | undefined>;

export interface Log {
  error(event: string, details?: LogDetails, error?: unknown): void;
  warn(event: string, details?: LogDetails, error?: unknown): void;
}

/** For the CLI and the tests, which report errors themselves. */
export const silentLog: Log = { error: () => undefined, warn: () => undefined };

export interface FileLogOptions {
  /** Rotate when the file would grow past this (default 2 MB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (default 3). */
  keep?: number;
  now?: () => Date;
}

export const LOG_FILE = 'samspil.log';

function errorFields(error: unknown): Record<string, unknown> | undefined {
  if (error === undefined) return undefined;
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack,
  };
}

function rotate(file: string, keep: number): void {
  fs.rmSync(`${file.slice(0, -4)}.${keep}.log`, { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    const from = `${file.slice(0, -4)}.${n}.log`;
    if (fs.existsSync(from)) fs.renameSync(from, `${file.slice(0, -4)}.${n + 1}.log`);
  }
  fs.renameSync(file, `${file.slice(0, -4)}.1.log`);
}

export function openFileLog(dir: string, options: FileLogOptions = {}): Log & { file: string } {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = path.join(dir, LOG_FILE);

  const write = (level: 'error' | 'warn', event: string, details: LogDetails, error: unknown) => {
    const line = `${JSON.stringify({
      time: now().toISOString(),
      level,
      event,
      ...details,
      error: errorFields(error),
    })}\n`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(file, keep);
      fs.appendFileSync(file, line);
    } catch {
      // A full disk or a read-only folder must not turn a logged error into a second one.
    }
  };

  return {
    file,
    error: (event, details = {}, error) => write('error', event, details, error),
    warn: (event, details = {}, error) => write('warn', event, details, error),
  };
}
