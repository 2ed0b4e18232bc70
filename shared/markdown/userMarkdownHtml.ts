// User Markdown (notes, intros, trainer comments) to HTML that cannot carry script, for the app's
// view of a note (which also runs it through DOMPurify) and for every export: raw HTML the user
// typed is shown as the text it is, links and images follow urlPolicy.ts. Written as a marked
// renderer because shared/ must run without a DOM (main process, CLI, tests), and an allowlist at
// the token level needs no HTML parser.
import { Marked, type Tokens } from 'marked';
import { escapeHtml, escapeHtmlText } from '../escapeHtml';
import { USER_MARKDOWN_OPTIONS } from './markedOptions';
import { safeImageUrl, safeLinkUrl } from './urlPolicy';

/** Raw HTML as text: a block becomes a paragraph, its line breaks kept. */
function rawHtmlAsText(token: Tokens.HTML | Tokens.Tag): string {
  const text = escapeHtml(token.text);
  if (!('block' in token) || !token.block) return text;
  return text.trim() ? `<p>${text.trim().replaceAll('\n', '<br>')}</p>\n` : '';
}

function createSafeHtmlMarked(headingOffset: number): Marked {
  return new Marked({
    ...USER_MARKDOWN_OPTIONS,
    renderer: {
      html: rawHtmlAsText,
      // Text inside a raw block (`<script>…</script>`) arrives unescaped: always escape.
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return escapeHtmlText(token.text);
      },
      codespan: ({ text }: Tokens.Codespan) => `<code>${escapeHtml(text)}</code>`,
      code: ({ text }: Tokens.Code) => `<pre><code>${escapeHtml(text)}</code></pre>\n`,
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(6, depth + headingOffset);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const url = safeLinkUrl(href);
        if (!url) return inner;
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(url)}"${titleAttr}>${inner}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        const url = safeImageUrl(href);
        if (!url) return escapeHtml(text);
        return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}">`;
      },
    },
  });
}

const instances = new Map<number, Marked>();

/**
 * Renders user Markdown to safe HTML. `headingOffset` pushes the user's headings down so that a
 * `# heading` in a note sits below the handout's own headings in the document outline.
 */
export function userMarkdownToHtml(markdown: string, headingOffset = 0): string {
  let marked = instances.get(headingOffset);
  if (!marked) {
    marked = createSafeHtmlMarked(headingOffset);
    instances.set(headingOffset, marked);
  }
  return marked.parse(markdown) as string;
}
