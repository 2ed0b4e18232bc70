// `samspil show <id> [--json]`: one entry (or partnership section) with its metadata and text.
import { parseArgs } from 'node:util';
import type { ContentEntry } from '../../../shared/content/types';
import { FACTOR_GROUP_NAMES, KIND_NAMES } from '../../../shared/content/names';
import type { ContentService } from '../../services/serviceTypes';
import { describeUsage } from '../cliArgs';
import type { CliCommand } from '../context';

function titled(content: ContentService, ids: string[]): string {
  if (ids.length === 0) return '–';
  return ids.map((id) => `\n  ${id}: ${content.find(id)?.title ?? '?'}`).join('');
}

/** The labelled metadata lines of an entry, in Danish. */
function metadataLines(entry: ContentEntry, content: ContentService): string[] {
  switch (entry.kind) {
    case 'source':
      return [
        `Citation: ${entry.citation}`,
        `Udgiver: ${entry.publisher}`,
        `År: ${entry.year}`,
        `Sikkerhed: ${entry.certainty}`,
      ];
    case 'partnership':
      return [
        `Sted: ${entry.place}`,
        `Periode: ${entry.period}`,
        `Målgruppe: ${entry.targetGroup}`,
        `Partnere: ${entry.partners.join('; ')}`,
        `Resumé: ${entry.summary}`,
        `Afsnit:${entry.sections.map((s) => `\n  ${s.id}: ${s.heading}`).join('')}`,
      ];
    case 'quote': {
      const { speaker } = entry;
      const certainty =
        speaker.certainty !== 'sikker'
          ? ` (${speaker.certainty}: ${speaker.note ?? ''})`
          : speaker.note
            ? ` (bemærkning: ${speaker.note})`
            : '';
      const source = content.find(entry.source);
      return [
        `Taler: ${speaker.role}, ${speaker.organisation}${certainty}`,
        `Partnerskab: ${content.find(entry.partnership)?.title ?? entry.partnership} (${entry.partnership}/${entry.section})`,
        `Tema: ${entry.theme}`,
        `Faktorer:${titled(content, entry.factors)}`,
        `Læringer:${titled(content, entry.lessons)}`,
        `Kilde: ${source?.kind === 'source' ? source.citation : entry.source}`,
      ];
    }
    case 'factor':
      return [
        `Gruppe: ${FACTOR_GROUP_NAMES[entry.group]} (${entry.group}), nr. ${entry.order}`,
        `Relaterede:${titled(content, entry.related)}`,
        `Citater:${titled(content, entry.quotes)}`,
        `Læringer:${titled(content, entry.lessons)}`,
      ];
    case 'lesson':
      return [
        `Nr.: ${entry.order}`,
        `Partnerskaber: ${entry.partnerships.join(', ')}`,
        `Faktorer:${titled(content, entry.factors)}`,
        `Citater:${titled(content, entry.quotes)}`,
      ];
  }
}

export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Viser ét indhold med metadata og tekst (også afsnit som grow-your-life/formaal)',
  usage: 'show <id> [--json]',
  run(argv, ctx) {
    let parsed: { values: { json?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({
        args: argv,
        options: { json: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      process.stderr.write(`samspil show: ugyldige valg: ${describeUsage(error)}\n`);
      return 2;
    }
    const [id, ...extra] = parsed.positionals;
    if (!id || extra.length > 0) {
      process.stderr.write(
        'samspil show: angiv præcis ét id, fx: show citat-aftenskole-kontrakt\n',
      );
      return 2;
    }
    const content = ctx.content();
    const section = content.find(id) ? undefined : content.section(id);
    if (section) {
      const partnershipId = id.slice(0, id.indexOf('/'));
      const partnership = content.get(partnershipId);
      const title = `${partnership.title} – ${section.heading}`;
      if (parsed.values.json) {
        ctx.json({ ...section, kind: 'section', partnership: partnershipId, title });
      } else {
        ctx.out(title);
        ctx.out(`afsnit · ${section.id}`);
        ctx.out('');
        ctx.out(section.text);
      }
      return 0;
    }
    const entry = content.get(id);
    if (parsed.values.json) {
      ctx.json(entry);
      return 0;
    }
    ctx.out(entry.title);
    ctx.out(`${KIND_NAMES[entry.kind].one} · ${entry.id} · ${entry.file}`);
    for (const line of metadataLines(entry, content)) ctx.out(line);
    ctx.out('');
    ctx.out(entry.text);
    return 0;
  },
};
