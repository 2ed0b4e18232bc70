// The only way user Markdown (notes, handout comments) reaches the DOM: marked, then DOMPurify with
// a configuration tightened for Samspil's CSP. Anything that would load a resource or apply an
// inline style is removed too: under the app's CSP those are refused with a console error, and a
// note must never make the app log errors or reach the network.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: true, async: false });

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
 * The handout service's print HTML, reduced to what the live preview may insert: its body, with the
 * same rules as notes except that class names (which the handout stylesheet needs) stay.
 */
export function sanitizePreviewHtml(html: string): string {
  return purify.sanitize(html, {
    ...CONFIG,
    FORBID_ATTR: CONFIG.FORBID_ATTR.filter((a) => a !== 'class'),
  });
}

/** Plain text → HTML with only the text escaped (for titles shown through the same path). */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The external URL a click inside sanitised Markdown targets, if any. */
export function externalLinkOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a[data-external="true"]');
  const href = anchor?.getAttribute('href') ?? '';
  return SAFE_HREF.test(href) ? href : null;
}
