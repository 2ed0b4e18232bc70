// The handout's stylesheet: inlined in the print page, and adopted as a constructable stylesheet
// by the app's live preview (the app's CSP forbids inline styles). Colours meet WCAG AA contrast.
import { EXPORT_LABELS, type ExportLabels } from './exportLabels';

export const handoutCss = `
.handout {
  font-family: 'Liberation Serif', 'DejaVu Serif', Georgia, serif;
  font-size: 11pt;
  line-height: 1.45;
  color: #1a1a1a;
  max-width: 42rem;
  margin: 0 auto;
}
.handout h1, .handout h2, .handout h3, .handout h4, .handout h5, .handout h6,
.handout .kind, .handout figcaption, .handout .sources, .handout .meta {
  font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;
}
.handout h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 0.2em; }
.handout .subtitle { font-size: 13pt; color: #444; margin: 0 0 1em; }
.handout h2 { font-size: 14pt; margin: 0.2em 0 0.4em; break-after: avoid; }
.handout h3, .handout h4, .handout h5, .handout h6 { font-size: 11.5pt; margin: 0.8em 0 0.3em; break-after: avoid; }
.handout .intro { margin-bottom: 1.2em; }
.handout .item { margin: 0 0 1.4em; }
.handout .item-head { break-inside: avoid; break-after: avoid; }
.handout .kind {
  font-size: 8.5pt; letter-spacing: 0.06em; text-transform: uppercase; color: #505050; margin: 0;
}
.handout figure.quote {
  margin: 0; padding: 0.2em 0 0.2em 1em; border-left: 4px solid #8a4b08; break-inside: avoid;
}
.handout figure.quote blockquote { margin: 0; font-style: italic; font-size: 12pt; }
.handout figure.quote blockquote p { margin: 0 0 0.5em; }
.handout figcaption { font-size: 9.5pt; color: #333; }
.handout figcaption .speaker { font-weight: bold; }
.handout figcaption cite { display: block; font-style: normal; color: #505050; }
.handout .factor .box {
  border: 1.5px solid #1f4e79; border-radius: 4px; padding: 0.6em 0.9em; background: #f2f6fa;
  break-inside: avoid;
}
.handout .factor .kind { color: #1f4e79; }
.handout .comment {
  margin-top: 0.6em; padding: 0.4em 0.8em; background: #fbf6e9; border-left: 3px solid #b58a1b;
}
.handout .comment .label { font-weight: bold; margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }
.handout .missing { padding: 0.5em 0.8em; border: 1px dashed #777; color: #333; }
.handout .meta { font-size: 9.5pt; color: #505050; margin: 0 0 0.4em; }
.handout table { border-collapse: collapse; margin: 0.5em 0; font-size: 9.5pt; }
.handout th, .handout td { border: 1px solid #999; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }
.handout img { max-width: 100%; }
.handout a { color: #0b4f8a; }
.handout .sources { border-top: 1px solid #999; margin-top: 2em; padding-top: 0.5em; font-size: 9.5pt; }
.handout .sources h2 { font-size: 11pt; }
`;

/** Escapes text for a CSS string, so a title can never close the string or the style element. */
export function cssString(text: string): string {
  const escaped = text.replace(
    /[^\p{L}\p{N} .,:;!?()–—…-]/gu,
    (c) => `\\${(c.codePointAt(0) ?? 0x3f).toString(16)} `,
  );
  return `"${escaped}"`;
}

/** Print-only rules: A4, the title on top of every page and the page number at the bottom. */
export function pageCss(
  title: string,
  labels: Pick<ExportLabels, 'page' | 'of'> = EXPORT_LABELS.da,
): string {
  return `
@page {
  size: A4;
  margin: 20mm 18mm 18mm 18mm;
  @top-left {
    content: ${cssString(title)};
    font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt; color: #444;
  }
  @bottom-right {
    content: ${cssString(`${labels.page} `)} counter(page) ${cssString(` ${labels.of} `)} counter(pages);
    font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8.5pt; color: #444;
  }
}
html, body { margin: 0; padding: 0; background: #fff; }
@media screen { body { padding: 2rem; } }
`;
}
