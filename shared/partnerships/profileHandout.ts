// One action turns a profile into a handout for the steering group: the partnership, its statuses
// and comments, and the quotes that illustrate its attention points. The result is an ordinary
// handout, so it goes through the same renderer and the same PDF, DOCX, Markdown and HTML exports.
import type { HandoutInput, HandoutItem } from '../handout/types';
import { FACTOR_GROUP_NAMES } from '../content/names';
import { SECTOR_NAMES, STATUS_NAMES } from './names';
import type { AssessmentStatus, Profile, ProfileRow } from './types';

/** User text inside generated Markdown: its Markdown characters stand for themselves. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

function period(profile: Profile): string | null {
  const { periodStart, periodEnd } = profile.partnership;
  if (!periodStart && !periodEnd) return null;
  return `${periodStart ?? '…'} – ${periodEnd ?? '…'}`;
}

function introOf(profile: Profile): string {
  const p = profile.partnership;
  const lines: string[] = [];
  if (p.partners.length > 0) {
    lines.push('**Partnere**', '');
    for (const x of p.partners) {
      lines.push(`- ${escapeMarkdown(x.name)} (${SECTOR_NAMES[x.sector].toLowerCase()})`);
    }
    lines.push('');
  }
  const facts: [string, string | null][] = [
    ['Periode', period(profile)],
    ['Målgruppe', p.targetGroup ? escapeMarkdown(p.targetGroup) : null],
    ['Formål', p.purpose ? escapeMarkdown(p.purpose) : null],
  ];
  for (const [label, value] of facts) if (value) lines.push(`**${label}:** ${value}`, '');
  const c = profile.counts;
  lines.push(
    `**Status pr. ${profile.asOf}:** ${c.styrke} ${plural('styrke', c.styrke)}, ` +
      `${c.opmaerksomhed} ${plural('opmaerksomhed', c.opmaerksomhed)}, ` +
      `${c['ikke-relevant']} ${plural('ikke-relevant', c['ikke-relevant'])}, ` +
      `${c['ikke-vurderet']} ikke vurderet.`,
  );
  const open = profile.groups.flatMap((g) => g.rows).filter((r) => r.status === 'ikke-vurderet');
  if (open.length > 0) {
    lines.push('', '**Endnu ikke vurderet**', '');
    for (const row of open) lines.push(`- ${escapeMarkdown(row.set.title)}`);
  }
  return lines.join('\n');
}

function plural(status: AssessmentStatus, n: number): string {
  const name = STATUS_NAMES[status];
  return (n === 1 ? name.one : name.many).toLowerCase();
}

function commentOf(row: ProfileRow): string {
  const head = `**${STATUS_NAMES[row.status].one}** (vurderet ${row.current?.date ?? '–'})`;
  const lists = row.set.alsoIn.map((g) => FACTOR_GROUP_NAMES[g]);
  const also = lists.length > 0 ? `\n\nStår også i: ${lists.join('; ')}.` : '';
  const comment = row.current?.comment ? `\n\n${escapeMarkdown(row.current.comment)}` : '';
  return head + comment + also;
}

/** Attention points first, each followed by the quotes that illustrate it; then strengths. */
export function profileToHandout(profile: Profile): Required<HandoutInput> {
  const rows = profile.groups.flatMap((g) => g.rows);
  const items: HandoutItem[] = [];
  const quotesShown = new Set<string>();
  for (const status of ['opmaerksomhed', 'styrke', 'ikke-relevant'] as const) {
    for (const row of rows.filter((r) => r.status === status)) {
      items.push({ kind: 'factor', ref: row.set.id, comment: commentOf(row) });
      if (status !== 'opmaerksomhed') continue;
      for (const quote of row.quotes.filter((q) => !quotesShown.has(q))) {
        quotesShown.add(quote);
        items.push({
          kind: 'quote',
          ref: quote,
          comment: `Inspiration til: ${escapeMarkdown(row.set.title)}`,
        });
      }
    }
  }
  return {
    title: `Partnerskabstjek: ${profile.partnership.name}`.slice(0, 500),
    subtitle: `Status pr. ${profile.asOf}`,
    intro: introOf(profile),
    items,
  };
}
