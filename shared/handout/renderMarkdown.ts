// The handout as Markdown, for people who work in text: the same content as the HTML export, with
// user Markdown re-written through the sanitising Markdown renderer.
import { ITEM_KIND_LABELS, missingMessage } from './resolveHandout';
import { quoteAttribution } from './renderHtml';
import { escapeMarkdownText, userMarkdownToMarkdown } from '../markdown/userMarkdownText';
import type { ResolvedHandout, ResolvedItem } from './types';

/** Bundled plain text: trusted, but `<` and `>` are still kept from forming tags. */
const plain = (text: string): string =>
  text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r\n?/g, '\n').trim();

/** Bundled plain text whose single line breaks matter (flattened table rows): hard breaks. */
const lines = (text: string): string => plain(text).replace(/([^\n])\n(?=[^\n])/g, '$1  \n');

/** User text that must stay one line of plain text (titles, meta lines). */
const inline = (text: string): string => escapeMarkdownText(text.replace(/\s+/g, ' ').trim());

const quoted = (text: string): string =>
  plain(text)
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');

function renderItem(item: ResolvedItem): string[] {
  switch (item.kind) {
    case 'quote':
      return [
        `## ${plain(item.theme || 'Citat')}`,
        '_Citat_',
        quoted(item.text),
        `— ${plain(quoteAttribution(item))}, ${plain(item.partnership)}  \nKilde: ${plain(item.citation)}`,
      ];
    case 'factor':
      return [
        `## ${plain(item.title)}`,
        `_Faktor · ${plain(item.group)}_`,
        plain(item.explanation),
      ];
    case 'lesson':
      return [`## ${plain(item.title)}`, '_Læring_', lines(item.text)];
    case 'section':
      return [
        `## ${plain(item.heading)}`,
        `_Partnerskab · ${plain(item.partnership)}_`,
        lines(item.text),
      ];
    case 'note': {
      const meta = ['Note', item.partnership, item.aboutDate].filter(Boolean).join(' · ');
      return [
        `## ${inline(item.title) || 'Note'}`,
        `_${inline(meta)}_`,
        userMarkdownToMarkdown(item.body, 2),
      ];
    }
    case 'missing':
      return [
        '## Indhold mangler',
        `_${ITEM_KIND_LABELS[item.itemKind]}_`,
        `_${plain(missingMessage(item.ref))}_`,
      ];
  }
}

export function renderHandoutMarkdown(model: ResolvedHandout): string {
  const blocks: string[] = [`# ${inline(model.title)}`];
  if (model.subtitle.trim()) blocks.push(`_${inline(model.subtitle)}_`);
  if (model.intro.trim()) blocks.push(userMarkdownToMarkdown(model.intro, 1));
  for (const item of model.items) {
    blocks.push(...renderItem(item));
    if (item.comment.trim()) {
      blocks.push('**Trænerens kommentar:**', userMarkdownToMarkdown(item.comment, 2));
    }
  }
  if (model.sources.length) {
    blocks.push('## Kilder', model.sources.map((s) => `- ${plain(s.citation)}`).join('\n'));
  }
  return `${blocks.filter((b) => b.trim()).join('\n\n')}\n`;
}
