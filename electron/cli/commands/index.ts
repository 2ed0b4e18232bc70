// The CLI's commands, in the order `samspil help` lists them.
import type { CliCommand } from '../context';
import { listCommand } from './list';
import { showCommand } from './show';
import { searchCommand } from './search';
import { handoutCommand } from './handout';
import { notesCommand } from './notes';
import { teamCommand } from './team';
import { partnershipsCommand } from './partnerships';

export const commands: CliCommand[] = [
  listCommand,
  showCommand,
  searchCommand,
  handoutCommand,
  notesCommand,
  teamCommand,
  partnershipsCommand,
];
