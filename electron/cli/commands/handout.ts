// `samspil handout export|list|show`: handouts from the command line, over the same handout
// service as the app (whose PDF comes from headless Chromium here, see cli/context.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type Handout,
  type HandoutItem,
} from '../../../shared/handout/types';
import { ApiError } from '../../../shared/api';
import { KIND_NAMES } from '../../../shared/content/names';
import { ITEM_KIND_LABELS } from '../../../shared/handout/resolveHandout';
import { CliUsageError, idArg, toUsageError } from '../cliArgs';
import { oneLine, visibleControls } from '../terminalText';
import type { CliCommand, CliContext } from '../context';
import { isUuid } from '../../../shared/ids';

const USAGE = [
  'handout export (--items id,id,… | --handout <id>) --title "…" --format pdf|docx|md|html --out <fil>',
  '      [--subtitle "…"] [--intro "…"] [--force] [--json]   (--force: erstat en fil, der findes)',
  '  handout list [--json]',
  '  handout show <id> [--json]',
].join('\n');

const elements = (n: number): string => `${n} ${n === 1 ? 'element' : 'elementer'}`;

class HandoutUsageError extends Error {}

function fail(message: string): number {
  process.stderr.write(`samspil handout: ${visibleControls(message)}\n`);
  return 2;
}

const service = (ctx: CliContext) => ctx.services().handouts;

/** `--items`: content ids, `<partnership>/<section>` ids and note ids, kinds looked up. */
function itemsFromIds(ids: string[], ctx: CliContext): HandoutItem[] {
  const { content, notes } = ctx.services();
  const unknown: string[] = [];
  const items = ids.map((ref): HandoutItem => {
    const entry = content.find(ref);
    if (entry && (entry.kind === 'quote' || entry.kind === 'factor' || entry.kind === 'lesson')) {
      return { kind: entry.kind, ref, comment: '' };
    }
    if (content.section(ref)) return { kind: 'section', ref, comment: '' };
    if (isUuid(ref)) {
      try {
        notes.get(ref);
        return { kind: 'note', ref, comment: '' };
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'not-found')) throw error;
      }
    }
    unknown.push(
      entry ? `${ref} (typen »${KIND_NAMES[entry.kind].one}« kan ikke stå i en handout)` : ref,
    );
    return { kind: 'quote', ref, comment: '' };
  });
  if (unknown.length) {
    throw new HandoutUsageError(
      `--items: ukendt id: ${unknown.join(', ')}. Brug id'er på citater, faktorer, læringer, ` +
        'partnerskabsafsnit (fx grow-your-life/formaal) eller noter (se: samspil list).',
    );
  }
  return items;
}

function formatFrom(value: string | undefined, out: string): ExportFormat {
  const format = value ?? /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  if (!format) throw new HandoutUsageError(`--format mangler (vælg ${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new HandoutUsageError(
      `--format "${format}" kendes ikke (vælg ${EXPORT_FORMATS.join(', ')})`,
    );
  }
  return format as ExportFormat;
}

async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      items: { type: 'string' },
      handout: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      intro: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  if (!values.out) throw new HandoutUsageError('--out <fil> mangler');
  if (!values.items === !values.handout) {
    throw new HandoutUsageError('angiv enten --items id,id,… eller --handout <id>');
  }
  const format = formatFrom(values.format, values.out);
  const handouts = service(ctx);
  let handout: Handout;
  if (values.handout) {
    const saved = handouts.get(idArg(values.handout));
    handout = {
      ...saved,
      title: values.title ?? saved.title,
      subtitle: values.subtitle ?? saved.subtitle,
      intro: values.intro ?? saved.intro,
    };
  } else {
    if (!values.title?.trim()) throw new HandoutUsageError('--title "…" mangler');
    const ids = (values.items ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!ids.length) throw new HandoutUsageError('--items er tom');
    const now = new Date().toISOString();
    handout = {
      id: '',
      title: values.title.trim(),
      subtitle: values.subtitle ?? '',
      intro: values.intro ?? '',
      items: itemsFromIds(ids, ctx),
      createdAt: now,
      updatedAt: now,
    };
  }
  const { path: written } = await service(ctx).exportTo(handout, format, path.resolve(values.out), {
    overwrite: values.force,
  });
  if (values.json) ctx.json({ path: written, format, items: handout.items.length });
  else ctx.out(`Skrev ${written} (${format.toUpperCase()}, ${elements(handout.items.length)})`);
  return 0;
}

function listCommand(argv: string[], ctx: CliContext): number {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { json: { type: 'boolean' } },
  });
  const all = service(ctx).list();
  if (values.json) {
    ctx.json(all);
    return 0;
  }
  if (!all.length) ctx.out('Der er ingen gemte handouts endnu.');
  for (const h of all) {
    ctx.out(
      `${h.id}  ${h.updatedAt.slice(0, 10)}  ${elements(h.items.length).padStart(13)}  ${oneLine(h.title)}`,
    );
  }
  return 0;
}

function showCommand(argv: string[], ctx: CliContext): number {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const [id] = positionals;
  if (!id)
    throw new HandoutUsageError('skriv id på den handout, der skal vises (se: handout list)');
  const handouts = service(ctx);
  const handout = handouts.get(idArg(id));
  if (values.json) {
    ctx.json({ ...handout, resolved: service(ctx).resolve(handout).items });
    return 0;
  }
  ctx.out(oneLine(handout.title));
  if (handout.subtitle) ctx.out(oneLine(handout.subtitle));
  ctx.out(`id: ${handout.id} · ændret ${handout.updatedAt}`);
  service(ctx)
    .resolve(handout)
    .items.forEach((item, i) => {
      const kind =
        item.kind === 'missing'
          ? `${ITEM_KIND_LABELS[item.itemKind]}, mangler`
          : ITEM_KIND_LABELS[item.kind];
      const title =
        item.kind === 'quote'
          ? item.theme
          : item.kind === 'section'
            ? `${item.partnership}: ${item.heading}`
            : item.kind === 'missing'
              ? ''
              : item.title;
      const line = `${item.ref}${title ? ` – ${title}` : ''}`;
      ctx.out(`${String(i + 1).padStart(3)}. [${kind}] ${oneLine(line)}`);
    });
  return 0;
}

export const handoutCommand: CliCommand = {
  name: 'handout',
  summary: 'Eksporterer en handout (PDF, DOCX, Markdown, HTML), eller viser de gemte',
  usage: USAGE,
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    try {
      if (sub === 'export') return await exportCommand(rest, ctx);
      if (sub === 'list') return listCommand(rest, ctx);
      if (sub === 'show') return showCommand(rest, ctx);
      return fail(`ukendt underkommando "${sub ?? ''}" – brug:\n  ${USAGE}`);
    } catch (error) {
      if (error instanceof HandoutUsageError) return fail(error.message);
      const usage = toUsageError(error);
      if (usage instanceof CliUsageError) return fail(`ugyldige valg: ${usage.message}`);
      throw error;
    }
  },
};
