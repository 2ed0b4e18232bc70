// The only way user Markdown (notes, handout comments) reaches the DOM: the same renderer the
// exports use (shared/markdown/userMarkdownHtml.ts: one marked configuration, raw HTML shown as
// text, links and images by shared/markdown/urlPolicy.ts), then DOMPurify with a configuration
// tightened for Samspil's CSP, as a second line of defence.
//
// Raw HTML is shown as text, not parsed: Chromium checks the page's CSP while it parses HTML even
// into inert documents (DOMParser, <template>, DOMPurify's own parse), and logs a CSP violation
// for every `style=` or `on…=` it meets; hostile notes would fill the console with errors although
// nothing ran. Escaping raw HTML first means DOMPurify only ever sees the tags marked itself
// writes, and it still removes what those could carry.
import DOMPurify from 'dompurify';
import { safeImageUrl, safeLinkUrl } from '../../shared/markdown/urlPolicy';
import { userMarkdownToHtml } from '../../shared/markdown/userMarkdownHtml';

const purify = DOMPurify(window);

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = safeLinkUrl(node.getAttribute('href') ?? '');
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('data-external', 'true');
    } else {
      node.removeAttribute('href');
    }
    node.removeAttribute('target');
  }
  if (node.nodeName === 'IMG') {
    // Without a src nothing is fetched; the alt text still shows.
    if (!safeImageUrl(node.getAttribute('src') ?? '')) node.removeAttribute('src');
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
  return purify.sanitize(userMarkdownToHtml(markdown), CONFIG);
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
  return safeLinkUrl(anchor?.getAttribute('href') ?? '');
}
