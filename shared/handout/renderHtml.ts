// The one HTML renderer of a handout: the body for the app's preview and the self-contained print
// page that becomes the PDF. Bundled content is escaped text (or its build-time HTML); user
// Markdown goes through the sanitising renderer only.
import { handoutCss, pageCss } from './handoutCss';
import { ITEM_KIND_LABELS, missingMessage } from './resolveHandout';
import { userMarkdownToHtml } from '../markdown/userMarkdownHtml';
import { escapeHtml } from '../escapeHtml';
import type { ResolvedHandout, ResolvedItem, ResolvedQuote } from './types';

/** Plain text with blank-line paragraphs (quotes, factor explanations) as escaped `<p>`s. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** Build-time HTML of a lesson or section starts at h2; below the item's own h2 it starts at h3. */
export function nestHeadings(html: string): string {
  const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  if (!levels.length) return html;
  const shift = Math.max(0, 3 - Math.min(...levels));
  return html.replace(/<(\/?)h([1-6])\b/gi, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + shift)}`;
  });
}

export function quoteAttribution(quote: ResolvedQuote): string {
  return [quote.speakerRole, quote.speakerOrganisation].filter(Boolean).join(', ');
}

function comment(markdown: string): string {
  if (!markdown.trim()) return '';
  return `<aside class="comment" aria-label="Trænerens kommentar"><p class="label">Trænerens kommentar</p>
${userMarkdownToHtml(markdown, 2)}</aside>`;
}

/** The kind label and the item's heading, kept together and with the text that follows. */
function head(kind: string, heading: string): string {
  return `<div class="item-head"><p class="kind">${escapeHtml(kind)}</p>
<h2>${escapeHtml(heading)}</h2></div>`;
}

function renderItem(item: ResolvedItem): string {
  switch (item.kind) {
    case 'quote':
      return `${head('Citat', item.theme || 'Citat')}
<figure class="quote">
<blockquote>
${paragraphs(item.text)}
</blockquote>
<figcaption><span class="speaker">${escapeHtml(quoteAttribution(item))}</span>, ${escapeHtml(item.partnership)}
<cite>Kilde: ${escapeHtml(item.citation)}</cite></figcaption>
</figure>`;
    case 'factor':
      return `<div class="box">
${head(`Faktor · ${item.group}`, item.title)}
${paragraphs(item.explanation)}
</div>`;
    case 'lesson':
      return `${head('Læring', item.title)}
${nestHeadings(item.html)}`;
    case 'section':
      return `${head(`Partnerskab · ${item.partnership}`, item.heading)}
${nestHeadings(item.html)}`;
    case 'note': {
      const meta = [item.partnership, item.aboutDate].filter(Boolean).join(' · ');
      return `${head('Note', item.title)}
${meta ? `<p class="meta">${escapeHtml(meta)}</p>` : ''}
${userMarkdownToHtml(item.body, 2)}`;
    }
    case 'missing':
      return `${head(ITEM_KIND_LABELS[item.itemKind], 'Indhold mangler')}
<p class="missing-text">${escapeHtml(missingMessage(item.ref))}</p>`;
  }
}

/** The handout's content, without `<html>`/`<head>`: the preview inserts it into a shadow root. */
export function renderHandoutBodyHtml(model: ResolvedHandout): string {
  const items = model.items
    .map((item) => {
      const cls = item.kind === 'missing' ? 'missing' : item.kind;
      return `<section class="item ${cls}">
${renderItem(item)}
${comment(item.comment)}
</section>`;
    })
    .join('\n');
  const sources = model.sources.length
    ? `<section class="sources" aria-labelledby="kilder">
<h2 id="kilder">Kilder</h2>
<ul>
${model.sources.map((s) => `<li>${escapeHtml(s.citation)}</li>`).join('\n')}
</ul>
</section>`
    : '';
  return `<article class="handout">
<header>
<h1>${escapeHtml(model.title)}</h1>
${model.subtitle ? `<p class="subtitle">${escapeHtml(model.subtitle)}</p>` : ''}
</header>
${model.intro.trim() ? `<div class="intro">\n${userMarkdownToHtml(model.intro, 1)}</div>` : ''}
${items}
${sources}
</article>`;
}

/** A complete, self-contained print page: no script, no external resource, A4 print CSS. */
export function renderHandoutHtml(model: ResolvedHandout): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>${handoutCss}${pageCss(model.title)}</style>
</head>
<body>
${renderHandoutBodyHtml(model)}
</body>
</html>
`;
}
