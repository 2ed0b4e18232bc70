// The only way user Markdown (notes, handout comments) reaches the DOM: marked, then DOMPurify with
// a configuration tightened for Samspil's CSP.
//
// Raw HTML inside the Markdown is shown as text, not parsed. Chromium checks the page's CSP while
// it parses HTML even into inert documents (DOMParser, <template>, DOMPurify's own parse), and logs
// a CSP violation for every `style=` or `on…=` it meets; hostile notes would fill the console with
// errors although nothing ran. Escaping raw HTML first means DOMPurify only ever sees the tags
// marked itself writes, and it still removes what those could carry (javascript: links, data:
// documents, …). The handout exports treat raw HTML the same way (shared/handout/safeMarkdown.ts).
import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from '../../shared/escapeHtml';

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      const text = escapeHtml(token.text);
      if (!('block' in token) || !token.block) return text;
      return text.trim() ? `<p>${text.trim().replaceAll('\n', '<br>')}</p>\n` : '';
    },
    // Text inside a raw HTML block arrives unescaped from the lexer: always escape it.
    text(token: Tokens.Text | Tokens.Escape) {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      return 'escaped' in token && token.escaped ? token.text : escapeHtml(token.text);
    },
  },
});

const purify = DOMPurify(window);

/** Link schemes that `app.openExternal` accepts; every other href is dropped. */
const SAFE_HREF = /^(?:https?:|mailto:)/i;
/** Only inline raster images: the CSP allows `data:` images, nothing remote or local. */
const SAFE_IMG_SRC = /^data:image\/(?:png|gif|jpe?g|webp);base64,[a-z0-9+/=\s]+$/i;

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href')?.trim() ?? '';
    if (SAFE_HREF.test(href)) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('data-external', 'true');
    } else {
      node.removeAttribute('href');
    }
    node.removeAttribute('target');
  }
  if (node.nodeName === 'IMG') {
    const src = node.getAttribute('src')?.trim() ?? '';
    // Without a src nothing is fetched; the alt text still shows.
    if (!SAFE_IMG_SRC.test(src)) node.removeAttribute('src');
  }
});

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'link',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'video',
    'audio',
    'source',
    'track',
    'picture',
    'iframe',
    'object',
    'embed',
    'template',
    'dialog',
  ],
  FORBID_ATTR: [
    'style',
    'class',
    'id',
    'name',
    'srcset',
    'background',
    'poster',
    'action',
    'formaction',
    'ping',
    'usemap',
    'tabindex',
    'autofocus',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Markdown → HTML string that is safe to insert into the document. */
export function renderSafeMarkdown(markdown: string): string {
  const html = marked.parse(markdown);
  if (typeof html !== 'string') throw new Error('marked returned a promise');
  return purify.sanitize(html, CONFIG);
}

/**
 * The handout service's print HTML, reduced to what the live preview may insert: its body (the
 * <head> holds the print <style>, which must not even be parsed under the CSP), with the same
 * rules as notes except that class names, which the handout stylesheet needs, stay.
 */
export function sanitizePreviewHtml(html: string): string {
  const open = html.search(/<body[\s>]/i);
  const start = open < 0 ? 0 : html.indexOf('>', open) + 1;
  const end = html.toLowerCase().lastIndexOf('</body>');
  const body = html.slice(start, end < start ? html.length : end);
  return purify.sanitize(body, {
    ...CONFIG,
    FORBID_ATTR: CONFIG.FORBID_ATTR.filter((a) => a !== 'class'),
  });
}

/** The external URL a click inside sanitised Markdown targets, if any. */
export function externalLinkOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a[data-external="true"]');
  const href = anchor?.getAttribute('href') ?? '';
  return SAFE_HREF.test(href) ? href : null;
}
