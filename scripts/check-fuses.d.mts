// Types for scripts/check-fuses.mjs (plain JavaScript, run by CI on the packaged app).
export function packagedExecutable(target: string): string;
export function fuseMismatches(wire: Record<string, unknown>): string[];
