// User Markdown (notes, intros, trainer comments) to HTML that cannot carry script: every piece of
// raw HTML is reduced to escaped text, links keep only http/https/mailto targets, images only
// inline PNG/JPEG. Written as a marked renderer rather than DOMPurify because shared/ must run
// without a DOM (main process, CLI, tests) and an allowlist at the token level needs no parser.
import { Marked, type Tokens } from 'marked';
import { escapeHtml, escapeHtmlText } from '../escapeHtml';
import { safeImageUrl, safeLinkUrl, stripTags } from './safeUrl';

function createSafeHtmlMarked(headingOffset: number): Marked {
  return new Marked({
    async: false,
    gfm: true,
    breaks: false,
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        const text = escapeHtmlText(stripTags(token.text));
        return token.block ? (text.trim() ? `<p>${text.trim()}</p>\n` : '') : text;
      },
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
export function renderSafeMarkdown(markdown: string, headingOffset = 0): string {
  let marked = instances.get(headingOffset);
  if (!marked) {
    marked = createSafeHtmlMarked(headingOffset);
    instances.set(headingOffset, marked);
  }
  return marked.parse(markdown) as string;
}
