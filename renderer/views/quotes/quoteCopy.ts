// What "Kopiér med kilde" puts on the clipboard: the quote verbatim with speaker, role,
// organisation, partnership and the source citation, as plain text and as HTML. Pure.
import type { QuoteEntry } from '../../../shared/content/types';
import { escapeHtml } from '../../../shared/escapeHtml';

export interface QuoteCopyLabels {
  /** "Kilde" */
  source: string;
  /** Appended to the speaker when the attribution is not certain, e.g. "sandsynlig taler". */
  uncertainty?: string;
}

export interface QuoteCopyContext {
  partnershipTitle: string;
  citation: string;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

function speakerLine(quote: QuoteEntry, labels: QuoteCopyLabels): string {
  const { role, organisation } = quote.speaker;
  const who = [role, organisation].filter(Boolean).join(', ');
  return labels.uncertainty ? `${who} (${labels.uncertainty})` : who;
}

export function quoteCopy(
  quote: QuoteEntry,
  context: QuoteCopyContext,
  labels: QuoteCopyLabels,
): { text: string; html: string } {
  const parts = paragraphs(quote.text);
  const speaker = speakerLine(quote, labels);
  const text = [
    `»${parts.join('\n\n')}«`,
    `– ${speaker}, ${context.partnershipTitle}`,
    `${labels.source}: ${context.citation}`,
  ].join('\n');
  const html = [
    `<blockquote>${parts.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote>`,
    `<p>– ${escapeHtml(speaker)}, ${escapeHtml(context.partnershipTitle)}</p>`,
    `<p>${escapeHtml(labels.source)}: <cite>${escapeHtml(context.citation)}</cite></p>`,
  ].join('\n');
  return { text, html };
}
