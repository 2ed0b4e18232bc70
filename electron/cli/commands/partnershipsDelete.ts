// `samspil partnerships delete <id> [--force]` and `undelete <id>`: without --force the delete
// only says what it would take (the service refuses, naming the assessments and notes); with it,
// a backup first, then the partnership goes to the trash, from where `undelete` brings it back.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { CliContext } from '../context';
import { PartnershipsUsageError } from './partnershipsArgs';

function idOf(argv: string[], options: ParseArgsOptionsConfig) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options,
  });
  const [id, ...extra] = positionals;
  if (!id) throw new PartnershipsUsageError('partnerskabets id mangler (se: partnerships list)');
  if (extra.length > 0)
    throw new PartnershipsUsageError(`for mange argumenter: ${extra.join(' ')}`);
  return { id, values: values as { force?: boolean; json?: boolean } };
}

export function deletePartnership(argv: string[], ctx: CliContext): number {
  const { id, values } = idOf(argv, { force: { type: 'boolean' }, json: { type: 'boolean' } });
  const result = ctx.services().partnerships.delete(id, { confirm: values.force === true });
  if (values.json) return (ctx.json(result), 0);
  ctx.out(
    `Flyttet til papirkurven: ${result.name} (${result.id}) med ${result.assessments} vurderinger; ` +
      `${result.notes} noter hørte til det og er urørte.`,
  );
  if (result.backup) ctx.out(`Sikkerhedskopi: ${result.backup}`);
  ctx.out(`Fortryd: samspil partnerships undelete ${result.id}`);
  return 0;
}

export function undeletePartnership(argv: string[], ctx: CliContext): number {
  const { id, values } = idOf(argv, { json: { type: 'boolean' } });
  const restored = ctx.services().partnerships.undelete(id);
  if (values.json) return (ctx.json(restored), 0);
  ctx.out(`Hentet tilbage fra papirkurven: ${restored.name} (${restored.id})`);
  return 0;
}
