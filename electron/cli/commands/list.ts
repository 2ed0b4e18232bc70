// `samspil list [--kind K] [--json]`: the bundled content, one line per entry.
import { parseArgs } from 'node:util';
import type { ContentEntry, EntryKind } from '../../../shared/content/types';
import { ENTRY_KINDS } from '../../../shared/content/types';
import { isEntryKind } from '../../../shared/content/schema';
import { KIND_NAMES } from '../../../shared/content/names';
import { describeUsage } from '../cliArgs';
import type { CliCommand } from '../context';

/** The metadata worth seeing in a listing, per kind (no body text). */
function listMetadata(entry: ContentEntry): Record<string, unknown> {
  switch (entry.kind) {
    case 'source':
      return { citation: entry.citation, publisher: entry.publisher, year: entry.year };
    case 'partnership':
      return {
        place: entry.place,
        period: entry.period,
        sections: entry.sections.map((s) => s.id),
      };
    case 'quote':
      return {
        partnership: entry.partnership,
        section: entry.section,
        speaker: entry.speaker,
        theme: entry.theme,
        factors: entry.factors,
        lessons: entry.lessons,
      };
    case 'factor':
      return {
        group: entry.group,
        order: entry.order,
        related: entry.related,
        quotes: entry.quotes,
        lessons: entry.lessons,
      };
    case 'lesson':
      return {
        order: entry.order,
        partnerships: entry.partnerships,
        factors: entry.factors,
        quotes: entry.quotes,
      };
  }
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'Viser videnbasens indhold: id, type og titel (--kind filtrerer på type)',
  usage: `list [--kind ${ENTRY_KINDS.join('|')}] [--json]`,
  run(argv, ctx) {
    let values: { kind?: string; json?: boolean };
    try {
      ({ values } = parseArgs({
        args: argv,
        options: { kind: { type: 'string' }, json: { type: 'boolean' } },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      process.stderr.write(`samspil list: ugyldige valg: ${describeUsage(error)}\n`);
      return 2;
    }
    const kind = values.kind;
    if (kind !== undefined && !isEntryKind(kind)) {
      process.stderr.write(
        `samspil list: ukendt type "${kind}" – vælg en af: ${ENTRY_KINDS.join(', ')}\n`,
      );
      return 1;
    }
    const content = ctx.content();
    const entries = kind ? content.byKind(kind) : content.all();
    const counts = Object.fromEntries(
      ENTRY_KINDS.filter((k) => !kind || k === kind).map((k) => [k, content.byKind(k).length]),
    ) as Partial<Record<EntryKind, number>>;

    if (values.json) {
      ctx.json({
        total: entries.length,
        counts,
        entries: entries.map((e) => ({
          id: e.id,
          kind: e.kind,
          title: e.title,
          ...listMetadata(e),
        })),
      });
      return 0;
    }
    const idWidth = Math.max(2, ...entries.map((e) => e.id.length));
    const kindWidth = Math.max(...entries.map((e) => e.kind.length), 4);
    for (const e of entries)
      ctx.out(`${e.id.padEnd(idWidth)}  ${e.kind.padEnd(kindWidth)}  ${e.title}`);
    const summary = Object.entries(counts)
      .map(
        ([k, n]) =>
          `${n} ${n === 1 ? KIND_NAMES[k as EntryKind].one : KIND_NAMES[k as EntryKind].many}`,
      )
      .join(', ');
    ctx.out(`\n${entries.length} i alt: ${summary}`);
    return 0;
  },
};
