// Parsing and printing for `samspil partnerships`: partners as "Navn:sektor", statuses as the
// CLI spells them, and a readable profile.
import { FACTOR_GROUP_NAMES } from '../../../shared/content/names';
import { SECTOR_NAMES, STATUS_NAMES } from '../../../shared/partnerships/names';
import {
  ASSESSMENT_STATUSES,
  SECTORS,
  type AssessmentStatus,
  type MyPartnership,
  type Partner,
  type Profile,
  type Sector,
} from '../../../shared/partnerships/types';

export class PartnershipsUsageError extends Error {}

/** `--partner "Vejle Kommune:kommune"` (the sector after the last colon). */
export function parsePartner(value: string): Partner {
  const at = value.lastIndexOf(':');
  const name = (at < 0 ? value : value.slice(0, at)).trim();
  const sector = at < 0 ? '' : value.slice(at + 1).trim();
  if (!name || !(SECTORS as readonly string[]).includes(sector)) {
    throw new PartnershipsUsageError(
      `--partner "${value}": skriv "Navn:sektor", sektor én af ${SECTORS.join(', ')}`,
    );
  }
  return { name, sector: sector as Sector };
}

export function parseStatus(value: string | undefined): AssessmentStatus {
  if (!value || !(ASSESSMENT_STATUSES as readonly string[]).includes(value)) {
    throw new PartnershipsUsageError(
      `status "${value ?? ''}" kendes ikke (vælg ${ASSESSMENT_STATUSES.join(', ')})`,
    );
  }
  return value as AssessmentStatus;
}

function period(p: MyPartnership): string {
  if (!p.periodStart && !p.periodEnd) return '';
  return `${p.periodStart ?? '…'} – ${p.periodEnd ?? '…'}`;
}

export function partnershipLines(p: MyPartnership): string[] {
  const lines = [p.name, `id: ${p.id}`];
  for (const x of p.partners) lines.push(`  partner: ${x.name} (${SECTOR_NAMES[x.sector]})`);
  if (period(p)) lines.push(`  periode: ${period(p)}`);
  if (p.targetGroup) lines.push(`  målgruppe: ${p.targetGroup}`);
  if (p.purpose) lines.push(`  formål: ${p.purpose}`);
  if (p.migratedFrom) lines.push(`  oprettet fra noternes fritekst "${p.migratedFrom}"`);
  lines.push(`  noter: ${p.noteIds.length}`);
  return lines;
}

export function profileLines(profile: Profile): string[] {
  const lines = [`Partnerskabstjek pr. ${profile.asOf}: ${countsText(profile.counts)}`];
  for (const group of profile.groups) {
    lines.push('', FACTOR_GROUP_NAMES[group.group]);
    for (const row of group.rows) {
      const when = row.current ? ` (${row.current.date})` : '';
      const also = row.set.alsoIn.length
        ? ` · også i: ${row.set.alsoIn.map((g) => FACTOR_GROUP_NAMES[g]).join('; ')}`
        : '';
      lines.push(`  ${STATUS_NAMES[row.status].one.padEnd(18)} ${row.set.id}${when}${also}`);
      lines.push(`  ${''.padEnd(18)} ${row.set.title}`);
      if (row.current?.comment) lines.push(`  ${''.padEnd(18)} »${row.current.comment}«`);
    }
  }
  return lines;
}

/** "2 styrker, 1 opmærksomhedspunkt, …" */
export function countsText(counts: Record<AssessmentStatus, number>): string {
  return ASSESSMENT_STATUSES.map((status) => {
    const n = counts[status];
    const name = STATUS_NAMES[status];
    return `${n} ${(n === 1 ? name.one : name.many).toLowerCase()}`;
  }).join(', ');
}
