// Types for scripts/electronBinary.mjs (plain JavaScript so that `npm start` needs no compiler).
export function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
export function electronVersion(electronDir: string): string | null;
export function fetchElectronBinary(
  electronDir: string,
  options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<{ ok: true } | { ok: false; reason: string }>;
export function firstErrorLine(output: string): string | undefined;
export function missingBinaryMessage(version: string | null, reason: string): string;
