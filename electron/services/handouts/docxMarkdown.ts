// User Markdown (notes, intros, comments) to Word paragraphs, from marked's tokens: real headings,
// lists, quotes and tables instead of pasted HTML. Raw HTML keeps only its words; links keep only
// http/https/mailto targets (the same allowlist as the HTML export).
import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { USER_MARKDOWN_OPTIONS } from '../../../shared/markdown/markedOptions';
import { safeLinkUrl } from '../../../shared/markdown/urlPolicy';
import { decodeEntities } from '../../../shared/content/plainText';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  mono?: boolean;
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates) would corrupt the file. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlText = (text: string): string => text.replace(XML_INVALID, '');

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function headingLevel(depth: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.max(1, Math.min(6, depth)) - 1] ?? HeadingLevel.HEADING_6;
}

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: xmlText(text),
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    font: style.mono ? 'Liberation Mono' : undefined,
  });
}

function inlineRuns(tokens: Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...inlineRuns(token.tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inlineRuns(token.tokens, { ...style, italics: true }));
        break;
      case 'del':
        out.push(...inlineRuns(token.tokens, { ...style, strike: true }));
        break;
      case 'codespan':
        out.push(run(decodeEntities(token.text), { ...style, mono: true }));
        break;
      case 'br':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const url = safeLinkUrl((token as Tokens.Link).href);
        const children = inlineRuns(token.tokens, style);
        out.push(
          ...(url
            ? [new ExternalHyperlink({ link: url, children: hyperlinkRuns(token.tokens, style) })]
            : children),
        );
        break;
      }
      case 'image':
        if (token.text) out.push(run(`[${decodeEntities(token.text)}]`, style));
        break;
      case 'html':
        // Raw HTML the user typed is shown as the text it is, as in the app.
        out.push(run(token.text, style));
        break;
      default:
        if ('tokens' in token && token.tokens?.length) out.push(...inlineRuns(token.tokens, style));
        else if ('text' in token && typeof token.text === 'string')
          out.push(run(token.type === 'escape' ? token.text : decodeEntities(token.text), style));
    }
  }
  return out;
}

function hyperlinkRuns(tokens: Token[] | undefined, style: RunStyle): TextRun[] {
  const text = (tokens ?? []).map((t) => ('text' in t ? String(t.text) : '')).join('');
  return [
    new TextRun({
      text: xmlText(decodeEntities(stripTags(text))),
      style: 'Hyperlink',
      bold: style.bold,
      italics: style.italics,
    }),
  ];
}

export interface BlockOptions {
  headingOffset: number;
  /** Paragraph style for plain paragraphs (e.g. the comment style). */
  style?: string;
}

export function markdownToDocx(markdown: string, options: BlockOptions): (Paragraph | Table)[] {
  return blocks(new Lexer(USER_MARKDOWN_OPTIONS).lex(markdown), options, 0);
}

function blocks(tokens: Token[], options: BlockOptions, listLevel: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const para = (
    children: ParagraphChild[],
    extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
  ) => new Paragraph({ style: options.style, ...extra, children });
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'def':
        break;
      case 'heading':
        out.push(
          new Paragraph({
            heading: headingLevel(token.depth + options.headingOffset),
            children: inlineRuns(token.tokens),
          }),
        );
        break;
      case 'paragraph':
      case 'text':
        out.push(
          para(token.tokens ? inlineRuns(token.tokens) : [run(decodeEntities(token.text), {})]),
        );
        break;
      case 'html': {
        const text = token.text.trim();
        if (text) out.push(para([run(text, {})]));
        break;
      }
      case 'code':
        out.push(
          para(
            token.text
              .split('\n')
              .flatMap((line: string, i: number) => [
                ...(i ? [new TextRun({ break: 1 })] : []),
                run(line, { mono: true }),
              ]),
          ),
        );
        break;
      case 'blockquote':
        out.push(...blocks(token.tokens ?? [], { ...options, style: 'Citat' }, listLevel));
        break;
      case 'hr':
        out.push(
          para([], {
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
          }),
        );
        break;
      case 'list':
        out.push(...list(token as Tokens.List, options, listLevel));
        break;
      case 'table':
        out.push(table(token as Tokens.Table));
        break;
      default:
        if ('text' in token && typeof token.text === 'string')
          out.push(para([run(decodeEntities(stripTags(token.text)), {})]));
    }
  }
  return out;
}

function list(token: Tokens.List, options: BlockOptions, level: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const start = typeof token.start === 'number' ? token.start : 1;
  token.items.forEach((item, i) => {
    const marker = token.ordered ? `${start + i}. ` : '';
    const check = item.task ? (item.checked ? '☒ ' : '☐ ') : '';
    let first = true;
    for (const child of item.tokens) {
      if (child.type === 'checkbox') continue;
      if (child.type === 'list') {
        out.push(...list(child as Tokens.List, options, level + 1));
        continue;
      }
      const runs =
        'tokens' in child && child.tokens
          ? inlineRuns(child.tokens)
          : [run(decodeEntities(stripTags(String(child.raw))).trim(), {})];
      const prefix = first ? marker + check : '';
      first = false;
      out.push(
        new Paragraph({
          style: options.style,
          ...(token.ordered ? { indent: { left: 360 * (level + 1) } } : { bullet: { level } }),
          children: [...(prefix ? [run(prefix, {})] : []), ...runs],
        }),
      );
    }
  });
  return out;
}

function table(token: Tokens.Table): Table {
  const row = (cells: Tokens.TableCell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (c) =>
          new TableCell({
            children: [new Paragraph({ children: inlineRuns(c.tokens, { bold: header }) })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(token.header, true), ...token.rows.map((r) => row(r, false))],
  });
}

/** The words of a token's source without any markup in it (link texts, list items without tokens). */
function stripTags(html: string): string {
  return html
    .replace(
      /<(script|style|template|iframe|object|noscript|textarea|title)\b[\s\S]*?<\/\1\s*>/gi,
      '',
    )
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\/?[a-z!?/][^>]*(?:>|$)/gi, '');
}
