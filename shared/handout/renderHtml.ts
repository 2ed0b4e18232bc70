// The one HTML renderer of a handout: the body for the app's preview and the self-contained print
// page that becomes the PDF. Bundled content is escaped text (or its build-time HTML); user
// Markdown goes through the sanitising renderer only.
import { handoutCss, pageCss } from './handoutCss';
import { exportLabels, noteBylineText, speakerParts, type ExportLabels } from './exportLabels';
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

/** Role and organisation only (the CLI's list); exports use speakerLine with certainty. */
export function quoteAttribution(quote: ResolvedQuote): string {
  return [quote.speakerRole, quote.speakerOrganisation].filter(Boolean).join(', ');
}

function comment(markdown: string, l: ExportLabels): string {
  if (!markdown.trim()) return '';
  return `<aside class="comment" aria-label="${escapeHtml(l.comment)}"><p class="label">${escapeHtml(l.comment)}</p>
${userMarkdownToHtml(markdown, 2)}</aside>`;
}

/** The kind label and the item's heading, kept together and with the text that follows. */
function head(kind: string, heading: string, lang?: 'da'): string {
  const attr = lang ? ` lang="${lang}"` : '';
  return `<div class="item-head"><p class="kind">${escapeHtml(kind)}</p>
<h2${attr}>${escapeHtml(heading)}</h2></div>`;
}

function renderItem(item: ResolvedItem, l: ExportLabels): string {
  // In an English export the labels are English and the content Danish: mark each.
  const da = l === exportLabels('da') ? undefined : 'da';
  const daAttr = da ? ' lang="da"' : '';
  switch (item.kind) {
    case 'quote': {
      const who = speakerParts(item, l);
      const citation = da
        ? `<span lang="da">${escapeHtml(item.citation)}</span>`
        : escapeHtml(item.citation);
      return `${head(l.kinds.quote, item.theme || l.kinds.quote, da)}
<figure class="quote">
<blockquote${daAttr}>
${paragraphs(item.text)}
</blockquote>
<figcaption${daAttr}><span class="speaker">${escapeHtml(who.speaker)}</span>${who.partnership ? `, ${escapeHtml(who.partnership)}` : ''}
<cite>${escapeHtml(l.source)}: ${citation}</cite></figcaption>
</figure>`;
    }
    case 'factor':
      return `<div class="box"${daAttr}>
${head(`${l.factor} · ${item.group}`, item.title)}
${paragraphs(item.explanation)}
</div>`;
    case 'lesson':
      return `${head(l.kinds.lesson, item.title, da)}
<div${daAttr}>${nestHeadings(item.html)}</div>`;
    case 'section':
      return `${head(`${l.kinds.section} · ${item.partnership}`, item.heading, da)}
<div${daAttr}>${nestHeadings(item.html)}</div>`;
    case 'note': {
      const meta = [item.partnership, item.aboutDate].filter(Boolean).join(' · ');
      const byline = item.byline ? noteBylineText(item.byline, l) : '';
      return `${head(l.kinds.note, item.title)}
${byline ? `<p class="meta byline">${escapeHtml(byline)}</p>` : ''}
${meta ? `<p class="meta">${escapeHtml(meta)}</p>` : ''}
${userMarkdownToHtml(item.body, 2)}`;
    }
    case 'missing':
      return `${head(l.kinds[item.itemKind], l.missingHeading)}
<p class="missing-text">${escapeHtml(l.missing(item.ref))}</p>`;
  }
}

/** The handout's content, without `<html>`/`<head>`: the preview inserts it into a shadow root. */
export function renderHandoutBodyHtml(model: ResolvedHandout): string {
  const l = exportLabels(model.language);
  const items = model.items
    .map((item) => {
      const cls = item.kind === 'missing' ? 'missing' : item.kind;
      return `<section class="item ${cls}">
${renderItem(item, l)}
${comment(item.comment, l)}
</section>`;
    })
    .join('\n');
  const sources = model.sources.length
    ? `<section class="sources" aria-labelledby="kilder">
<h2 id="kilder">${escapeHtml(l.sources)}</h2>
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
<html lang="${model.language ?? 'da'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>${handoutCss}${pageCss(model.title, exportLabels(model.language))}</style>
</head>
<body>
${renderHandoutBodyHtml(model)}
</body>
</html>
`;
}
