// `samspil partnerships list|show|add|edit|delete|undelete|assess|export|compare|overview|…`:
// the user's own partnerships and their factor profiles, over the same service as the app.
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/handout/types';
import type { MyPartnershipInput } from '../../../shared/partnerships/types';
import type { CliCommand, CliContext } from '../context';
import {
  countsText,
  parsePartner,
  parseStatus,
  partnershipLines,
  PartnershipsUsageError,
  profileLines,
} from './partnershipsArgs';
import { deletePartnership, undeletePartnership } from './partnershipsDelete';

const USAGE = [
  'partnerships list|show <id> [--as-of ÅÅÅÅ-MM-DD] [--json]',
  '  partnerships add --name "…" [--partner "Navn:sektor"]… [--start ÅÅÅÅ-MM-DD] [--end ÅÅÅÅ-MM-DD]',
  '      [--target-group "…"] [--purpose "…"] [--note <note-id>]… [--json]',
  '  partnerships edit <id> [samme valg som add] [--json]',
  '  partnerships delete <id> [--force] [--json]   (uden --force: vis hvad der slettes; til papirkurven',
  '      med sine vurderinger, noterne bliver; fortryd med partnerships undelete <id> [--json])',
  '  partnerships assess <id> <faktor-id> <styrke|opmaerksomhed|ikke-relevant|ikke-vurderet>',
  '      [--comment "…"] [--date ÅÅÅÅ-MM-DD] [--json]',
  '  partnerships export <id> --format pdf|docx|md|html --out <fil> [--as-of ÅÅÅÅ-MM-DD] [--force] [--json]',
  '  partnerships compare <id> --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--json]',
  '  partnerships overview [--json]',
  '  partnerships search "…" [--json]',
  '  partnerships adopt [--json]   (noternes partnerskabsfelt ind som partnerskaber)',
  '  partnerships export-data --out <fil.json> [--force] | import <fil.json> [--json]',
  '      (--force: erstat en fil, der findes)',
].join('\n');

const FIELD_OPTIONS = {
  name: { type: 'string' },
  partner: { type: 'string', multiple: true },
  start: { type: 'string' },
  end: { type: 'string' },
  'target-group': { type: 'string' },
  purpose: { type: 'string' },
  note: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

const service = (ctx: CliContext) => ctx.services().partnerships;

function fieldsFrom(values: {
  name?: string;
  partner?: string[];
  start?: string;
  end?: string;
  'target-group'?: string;
  purpose?: string;
  note?: string[];
}): Partial<MyPartnershipInput> {
  const fields: Partial<MyPartnershipInput> = {};
  if (values.name !== undefined) fields.name = values.name;
  if (values.partner) fields.partners = values.partner.map(parsePartner);
  if (values.start !== undefined) fields.periodStart = values.start || null;
  if (values.end !== undefined) fields.periodEnd = values.end || null;
  if (values['target-group'] !== undefined) fields.targetGroup = values['target-group'];
  if (values.purpose !== undefined) fields.purpose = values.purpose;
  if (values.note) fields.noteIds = values.note;
  return fields;
}

function parse(argv: string[], options: ParseArgsOptionsConfig) {
  return parseArgs({ args: argv, strict: true, allowPositionals: true, options });
}

function idFrom(positionals: string[], what = 'partnerskabets id'): string {
  const [id] = positionals;
  if (!id) throw new PartnershipsUsageError(`${what} mangler (se: partnerships list)`);
  return id;
}

const subcommands: Record<string, (argv: string[], ctx: CliContext) => Promise<number> | number> = {
  list(argv, ctx) {
    const { values } = parse(argv, { json: { type: 'boolean' } });
    const all = service(ctx).list();
    if (values.json) return (ctx.json(all), 0);
    if (!all.length) ctx.out('Der er ingen partnerskaber endnu (opret et: partnerships add).');
    for (const p of all) ctx.out(`${p.id}  ${p.name}  (${p.partners.length} partnere)`);
    return 0;
  },
  show(argv, ctx) {
    const { values, positionals } = parse(argv, {
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
    });
    const profile = service(ctx).profile(
      idFrom(positionals),
      values['as-of'] as string | undefined,
    );
    if (values.json) return (ctx.json(profile), 0);
    for (const line of [...partnershipLines(profile.partnership), '', ...profileLines(profile)])
      ctx.out(line);
    return 0;
  },
  add(argv, ctx) {
    const { values } = parse(argv, FIELD_OPTIONS);
    const fields = fieldsFrom(values as Parameters<typeof fieldsFrom>[0]);
    if (!fields.name?.trim()) throw new PartnershipsUsageError('--name "…" mangler');
    const created = service(ctx).create({ ...fields, name: fields.name });
    if (values.json) ctx.json(created);
    else ctx.out(created.id);
    return 0;
  },
  edit(argv, ctx) {
    const { values, positionals } = parse(argv, FIELD_OPTIONS);
    const id = idFrom(positionals);
    const updated = service(ctx).update({
      id,
      ...fieldsFrom(values as Parameters<typeof fieldsFrom>[0]),
    });
    if (values.json) ctx.json(updated);
    else for (const line of partnershipLines(updated)) ctx.out(line);
    return 0;
  },
  delete: deletePartnership,
  undelete: undeletePartnership,
  assess(argv, ctx) {
    const { values, positionals } = parse(argv, {
      comment: { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [id, factorId, status] = positionals;
    if (!id || !factorId)
      throw new PartnershipsUsageError('skriv: assess <id> <faktor-id> <status>');
    const assessment = service(ctx).assess({
      partnershipId: id,
      factorId,
      status: parseStatus(status),
      comment: values.comment as string | undefined,
      date: values.date as string | undefined,
    });
    if (values.json) ctx.json(assessment);
    else ctx.out(`Vurderet ${assessment.factorId}: ${assessment.status} (${assessment.date})`);
    return 0;
  },
  async export(argv, ctx) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const id = idFrom(positionals);
    const out = values.out as string | undefined;
    if (!out) throw new PartnershipsUsageError('--out <fil> mangler');
    const format = (values.format as string | undefined) ?? path.extname(out).slice(1);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new PartnershipsUsageError(
        `--format "${format}" kendes ikke (vælg ${EXPORT_FORMATS.join(', ')})`,
      );
    }
    const written = await service(ctx).exportProfile(
      id,
      format as ExportFormat,
      path.resolve(out),
      { asOf: values['as-of'] as string | undefined, overwrite: values.force === true },
    );
    if (values.json) ctx.json({ ...written, format });
    else ctx.out(`Skrev ${written.path} (${format.toUpperCase()})`);
    return 0;
  },
  compare(argv, ctx) {
    const { values, positionals } = parse(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [from, to] = [values.from as string | undefined, values.to as string | undefined];
    if (!from || !to) throw new PartnershipsUsageError('--from og --to (ÅÅÅÅ-MM-DD) mangler');
    const result = service(ctx).compare(idFrom(positionals), from, to);
    if (values.json) return (ctx.json(result), 0);
    ctx.out(
      `Fra ${result.from} til ${result.to}: ${result.changes.length} ændret, ${result.unchanged} uændret`,
    );
    for (const c of result.changes) ctx.out(`  ${c.set.id}: ${c.from} → ${c.to}`);
    return 0;
  },
  overview(argv, ctx) {
    const { values } = parse(argv, { json: { type: 'boolean' } });
    const all = service(ctx).overview();
    if (values.json) return (ctx.json(all), 0);
    for (const o of all) {
      ctx.out(`${o.partnership.name}: ${countsText(o.counts)}`);
    }
    return 0;
  },
  search(argv, ctx) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } });
    const q = positionals.join(' ').trim();
    if (!q) throw new PartnershipsUsageError('skriv, hvad der skal søges efter');
    const hits = service(ctx).search(q);
    if (values.json) return (ctx.json(hits), 0);
    if (!hits.length) ctx.out(`Ingen partnerskaber passer til "${q}".`);
    for (const hit of hits) {
      ctx.out(`${hit.partnershipId}  ${hit.name}`);
      for (const m of hit.matches.filter((x) => x.field !== 'name')) {
        ctx.out(`    ${m.field}${m.factorId ? ` (${m.factorId})` : ''}: ${m.snippet}`);
      }
    }
    return 0;
  },
  adopt(argv, ctx) {
    const { values } = parse(argv, { json: { type: 'boolean' } });
    const report = service(ctx).adoptNoteText();
    if (values.json) ctx.json(report);
    else ctx.out(`Nye partnerskaber: ${report.added}, noter knyttet: ${report.notesLinked}`);
    return 0;
  },
  'export-data'(argv, ctx) {
    const { values } = parse(argv, {
      out: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const out = values.out as string | undefined;
    if (!out) throw new PartnershipsUsageError('--out <fil.json> mangler');
    const result = service(ctx).exportFile(out, { overwrite: values.force === true });
    if (values.json) ctx.json(result);
    else ctx.out(`Skrev ${result.path} (${result.count} partnerskaber)`);
    return 0;
  },
  import(argv, ctx) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } });
    const report = service(ctx).importFile(idFrom(positionals, 'importfilen'));
    if (values.json) ctx.json(report);
    else
      ctx.out(
        `Importeret: ${report.added} nye, ${report.updated} opdateret, ${report.skipped} uændret, ` +
          `${report.assessmentsAdded} vurderinger tilføjet`,
      );
    return 0;
  },
};

export const partnershipsCommand: CliCommand = {
  name: 'partnerships',
  summary: 'Mine partnerskaber: opret, redigér, vurdér faktor for faktor, eksportér tjekket',
  usage: USAGE,
  async run(argv, ctx) {
    const [sub, ...rest] = argv;
    const run = sub ? subcommands[sub] : undefined;
    try {
      if (!run)
        throw new PartnershipsUsageError(`ukendt underkommando "${sub ?? ''}" – brug:\n  ${USAGE}`);
      return await run(rest, ctx);
    } catch (error) {
      const parseError =
        error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS');
      if (error instanceof PartnershipsUsageError || parseError) {
        process.stderr.write(`samspil partnerships: ${(error as Error).message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
