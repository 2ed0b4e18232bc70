// User Markdown re-written as Markdown that no Markdown viewer can turn into script, for the
// Markdown export: the same rules as userMarkdownToHtml (raw HTML shown as text, links and images
// by urlPolicy.ts), emitted token by token through a marked renderer that writes Markdown.
import { Marked, type Tokens } from 'marked';
import { USER_MARKDOWN_OPTIONS } from './markedOptions';
import { safeImageUrl, safeLinkUrl } from './urlPolicy';

/** Escapes what would otherwise start markup; `<` and `>` become entities so no tag can form. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function fence(text: string, char: string, min: number): string {
  const longest = Math.max(
    0,
    ...(text.match(new RegExp(`${char}+`, 'g')) ?? []).map((r) => r.length),
  );
  return char.repeat(Math.max(min, longest + 1));
}

const indent = (text: string, prefix: string, first: string): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? prefix : '') + line)
    .join('\n');

function createMarkdownMarked(headingOffset: number): Marked {
  return new Marked({
    ...USER_MARKDOWN_OPTIONS,
    renderer: {
      space: () => '',
      def: () => '',
      hr: () => '---\n\n',
      br: () => '\\\n',
      checkbox: ({ checked }: Tokens.Checkbox) => (checked ? '[x] ' : '[ ] '),
      html: (token: Tokens.HTML | Tokens.Tag) =>
        escapeMarkdownText(token.text) + (token.block ? '\n\n' : ''),
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return escapeMarkdownText(token.text);
      },
      paragraph({ tokens }: Tokens.Paragraph) {
        return `${this.parser.parseInline(tokens)}\n\n`;
      },
      heading({ tokens, depth }: Tokens.Heading) {
        return `${'#'.repeat(Math.min(6, depth + headingOffset))} ${this.parser.parseInline(tokens)}\n\n`;
      },
      strong({ tokens }: Tokens.Strong) {
        return `**${this.parser.parseInline(tokens)}**`;
      },
      em({ tokens }: Tokens.Em) {
        return `_${this.parser.parseInline(tokens)}_`;
      },
      del({ tokens }: Tokens.Del) {
        return `~~${this.parser.parseInline(tokens)}~~`;
      },
      codespan({ text }: Tokens.Codespan) {
        const ticks = fence(text, '`', 1);
        return `${ticks} ${text} ${ticks}`;
      },
      code({ text }: Tokens.Code) {
        const ticks = fence(text, '`', 3);
        return `${ticks}\n${text}\n${ticks}\n\n`;
      },
      blockquote({ tokens }: Tokens.Blockquote) {
        const inner = this.parser.parse(tokens).trimEnd();
        return `${inner
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n')}\n\n`;
      },
      list(token: Tokens.List) {
        const start = typeof token.start === 'number' ? token.start : 1;
        const items = token.items.map((item, i) => {
          const marker = token.ordered ? `${start + i}. ` : '- ';
          const check = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
          const body = item.tokens
            .filter((t) => t.type !== 'checkbox')
            .map((t) => this.parser.parse([t]).trim())
            .filter(Boolean)
            .join(token.loose ? '\n\n' : '\n');
          return indent(check + body, ' '.repeat(marker.length), marker);
        });
        return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell): string =>
          this.parser.parseInline(c.tokens).replace(/\|/g, '\\|').replace(/\n/g, ' ');
        const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
        const align = token.align.map((a) =>
          a === 'center' ? ':---:' : a === 'right' ? '---:' : a === 'left' ? ':---' : '---',
        );
        return `${[
          row(token.header.map(cell)),
          row(align),
          ...token.rows.map((r) => row(r.map(cell))),
        ].join('\n')}\n\n`;
      },
      link({ href, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const url = safeLinkUrl(href);
        return url ? `[${inner}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : inner;
      },
      image({ href, text }: Tokens.Image) {
        const url = safeImageUrl(href);
        return url ? `![${escapeMarkdownText(text)}](${url})` : escapeMarkdownText(text);
      },
    },
  });
}

const instances = new Map<number, Marked>();

/** Re-writes user Markdown as safe Markdown, headings pushed down by `headingOffset`. */
export function userMarkdownToMarkdown(markdown: string, headingOffset = 0): string {
  let marked = instances.get(headingOffset);
  if (!marked) {
    marked = createMarkdownMarked(headingOffset);
    instances.set(headingOffset, marked);
  }
  return (marked.parse(markdown) as string).trim();
}
