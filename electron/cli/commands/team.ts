// `samspil team …`: the team library from the command line (join a shared folder, sync, see and
// resolve conflicts, share notes and handouts, leave), with `--json` wherever the output is data.
import { parseArgs } from 'node:util';
import type {
  SyncReport,
  TeamConflict,
  TeamItemKind,
  TeamStatus,
} from '../../../shared/team/types';
import type { CliCommand, CliContext } from '../context';

class UsageError extends Error {}

const USAGE = [
  'team join <mappe> --name "<visningsnavn>" [--json]',
  '  team status | sync | conflicts | leave [--json]',
  '  team share | unshare <id>… [--handout] [--json]   (del eller gør private; noter som standard)',
  '  team resolve <id> --take <n> [--handout] [--json]   (vælg version n fra team conflicts)',
].join('\n');

export function statusLines(status: TeamStatus): string[] {
  if (!status.joined)
    return ['Ikke med i et teambibliotek (samspil team join <mappe> --name "…").'];
  const lines = [
    `Teammappe: ${status.folder}${status.available ? '' : ' (kan ikke nås lige nu; ændringer venter)'}`,
    `Navn: ${status.displayName}`,
    `Senest synkroniseret: ${status.lastSyncedAt ?? 'aldrig'}`,
    `Delte noter: ${status.sharedNotes}, delte handouts: ${status.sharedHandouts}`,
    `Venter på at blive skrevet: ${status.waiting}`,
    `Konflikter: ${status.conflicts}`,
  ];
  for (const file of status.unreadable) {
    lines.push(`Ulæselig fil siden ${file.since}: ${file.name} (${file.reason})`);
  }
  if (status.newerFormat > 0) {
    lines.push(
      `${status.newerFormat} ændringer er skrevet af en nyere Samspil og venter på en opdatering.`,
    );
  }
  for (const failure of status.applyErrors) {
    lines.push(`Kunne ikke tages ind: ${failure.kind} ${failure.id}: ${failure.message}`);
  }
  return lines;
}

function syncLine(report: SyncReport): string {
  if (report.state === 'not-joined') return statusLines(report.status)[0] as string;
  if (report.state === 'unavailable') {
    return `Teammappen kan ikke nås lige nu (${report.status.folder}); dine ændringer venter og sendes ved næste synkronisering.`;
  }
  return `Synkroniseret: ${report.received} modtaget, ${report.written} skrevet, ${report.applied} ændret her. Konflikter: ${report.status.conflicts}.`;
}

function conflictLines(conflicts: TeamConflict[]): string[] {
  if (conflicts.length === 0) return ['Ingen konflikter.'];
  return conflicts.flatMap((c) => [
    `Konflikt: to versioner — ${c.kind} ${c.localId ?? c.id}`,
    ...c.versions.map(
      (v, i) =>
        `  ${i + 1}. ${v.author || 'ukendt'}, ${v.changedAt}: ${String(v.item.title ?? '')}`,
    ),
  ]);
}

function run(sub: string | undefined, argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      take: { type: 'string' },
      handout: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const team = () => ctx.services().team;
  const kind: TeamItemKind = values.handout ? 'handout' : 'note';
  const show = (value: unknown, lines: string[]): number => {
    if (values.json) ctx.json(value);
    else for (const line of lines) ctx.out(line);
    return 0;
  };
  switch (sub) {
    case 'join': {
      if (positionals.length !== 1)
        throw new UsageError('skriv teammappen: samspil team join <mappe> --name "…"');
      if (!values.name) throw new UsageError('--name "<visningsnavn>" mangler');
      team().join(positionals[0] as string, values.name);
      const report = team().sync();
      return show(report.status, [...statusLines(report.status), syncLine(report)]);
    }
    case 'status': {
      const status = team().status();
      return show(status, statusLines(status));
    }
    case 'sync': {
      const report = team().sync();
      return show(report, [syncLine(report)]);
    }
    case 'conflicts': {
      const conflicts = team().conflicts();
      return show(conflicts, conflictLines(conflicts));
    }
    case 'leave': {
      const status = team().leave();
      return show(status, ['Du har forladt teambiblioteket; dine noter og handouts bliver her.']);
    }
    case 'share':
    case 'unshare': {
      if (positionals.length === 0) throw new UsageError(`skriv id på mindst én ${kind}`);
      const result = team().setShared(kind, positionals, sub === 'share');
      return show(result, [`${sub === 'share' ? 'Delt' : 'Gjort privat'}: ${result.changed}`]);
    }
    case 'resolve':
      return resolve(positionals, values.take, kind, ctx, show);
    default:
      throw new UsageError(sub ? `ukendt underkommando "${sub}"` : 'vælg en underkommando');
  }
}

function resolve(
  positionals: string[],
  take: string | undefined,
  kind: TeamItemKind,
  ctx: CliContext,
  show: (value: unknown, lines: string[]) => number,
): number {
  const [localId] = positionals;
  if (positionals.length !== 1 || !localId)
    throw new UsageError('skriv id på det element, hvis konflikt skal løses');
  const team = ctx.services().team;
  const conflict = team.conflicts().find((c) => c.kind === kind && c.localId === localId);
  const chosen = conflict?.versions[Number(take) - 1];
  if (!conflict)
    throw new UsageError(`der er ingen konflikt for ${localId} (se: samspil team conflicts)`);
  if (!chosen)
    throw new UsageError(`--take skal være et tal fra 1 til ${conflict.versions.length}`);
  const report = team.resolve(kind, localId, chosen.item);
  return show(report, [
    `Konflikten er løst med version ${take} (${chosen.author}).`,
    syncLine(report),
  ]);
}

export const teamCommand: CliCommand = {
  name: 'team',
  summary: 'teambibliotek: del noter og handouts gennem en fælles mappe',
  usage: USAGE,
  run([sub, ...argv], ctx) {
    try {
      return run(sub, argv, ctx);
    } catch (error) {
      const parseError =
        error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS');
      if (!(error instanceof UsageError) && !parseError) throw error;
      process.stderr.write(`samspil team: ${(error as Error).message}\nBrug:\n  ${USAGE}\n`);
      return 2;
    }
  },
};
