// The handout as Markdown, for people who work in text: the same content as the HTML export, with
// user Markdown re-written through the sanitising Markdown renderer.
import { exportLabels, noteBylineText, speakerLine, type ExportLabels } from './exportLabels';
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

function renderItem(item: ResolvedItem, l: ExportLabels): string[] {
  switch (item.kind) {
    case 'quote':
      return [
        `## ${plain(item.theme || l.kinds.quote)}`,
        `_${l.kinds.quote}_`,
        quoted(item.text),
        `— ${plain(speakerLine(item, l))}  \n${l.source}: ${plain(item.citation)}`,
      ];
    case 'factor':
      return [
        `## ${plain(item.title)}`,
        `_${l.factor} · ${plain(item.group)}_`,
        plain(item.explanation),
      ];
    case 'lesson':
      return [`## ${plain(item.title)}`, `_${l.kinds.lesson}_`, lines(item.text)];
    case 'section':
      return [
        `## ${plain(item.heading)}`,
        `_${l.kinds.section} · ${plain(item.partnership)}_`,
        lines(item.text),
      ];
    case 'note': {
      const meta = [l.kinds.note, item.partnership, item.aboutDate].filter(Boolean).join(' · ');
      return [
        `## ${inline(item.title) || l.kinds.note}`,
        `_${inline(meta)}_`,
        item.byline ? `_${inline(noteBylineText(item.byline, l))}_` : '',
        userMarkdownToMarkdown(item.body, 2),
      ];
    }
    case 'missing':
      return [
        `## ${l.missingHeading}`,
        `_${l.kinds[item.itemKind]}_`,
        `_${plain(l.missing(item.ref))}_`,
      ];
  }
}

export function renderHandoutMarkdown(model: ResolvedHandout): string {
  const l = exportLabels(model.language);
  const blocks: string[] = [`# ${inline(model.title)}`];
  if (model.subtitle.trim()) blocks.push(`_${inline(model.subtitle)}_`);
  if (model.intro.trim()) blocks.push(userMarkdownToMarkdown(model.intro, 1));
  for (const item of model.items) {
    blocks.push(...renderItem(item, l));
    if (item.comment.trim()) {
      blocks.push(`**${l.comment}:**`, userMarkdownToMarkdown(item.comment, 2));
    }
  }
  if (model.sources.length) {
    blocks.push(`## ${l.sources}`, model.sources.map((s) => `- ${plain(s.citation)}`).join('\n'));
  }
  return `${blocks.filter((b) => b.trim()).join('\n\n')}\n`;
}
