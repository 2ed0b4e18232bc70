// The CLI's commands, in the order `samspil help` lists them.
import type { CliCommand } from '../context';

export const commands: CliCommand[] = [];
