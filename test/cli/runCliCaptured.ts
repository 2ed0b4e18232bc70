// Runs the real CLI entry in this process over a temp data folder and collects what it printed.
import { vi } from 'vitest';
import { runCli } from '../../electron/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliCaptured(dataDir: string, ...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await runCli(['--data-dir', dataDir, ...args]);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}
