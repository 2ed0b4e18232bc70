// The handout as an editable Word document: Title/Heading styles, a "Citat" quote style, citations
// in the Caption style, factor boxes, the title in the header and page numbers in the footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import {
  exportLabels,
  noteBylineText,
  speakerLine,
  type ExportLabels,
} from '../../../shared/handout/exportLabels';
import type { ResolvedHandout, ResolvedItem } from '../../../shared/handout/types';
import { markdownToDocx, xmlText } from './docxMarkdown';

const SANS = 'Liberation Sans';
const SERIF = 'Liberation Serif';

/** Plain text: blank lines part paragraphs; single newlines (flattened table rows) stay breaks. */
const plainParagraphs = (text: string, style?: string): Paragraph[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new Paragraph({
          style,
          children: p
            .split(/\s*\n\s*/)
            .map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined })),
        }),
    );

const kindLine = (text: string): Paragraph =>
  new Paragraph({ style: 'Art', children: [new TextRun(text)] });
const heading2 = (text: string): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });

function itemBlocks(item: ResolvedItem, l: ExportLabels): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'quote':
      return [
        kindLine(l.kinds.quote),
        heading2(item.theme || l.kinds.quote),
        ...plainParagraphs(item.text, 'Citat'),
        new Paragraph({
          style: 'Caption',
          children: [
            new TextRun({ text: speakerLine(item, l), bold: true }),
            new TextRun({ break: 1 }),
            new TextRun(`${l.source}: ${item.citation}`),
          ],
        }),
      ];
    case 'factor':
      return [
        new Paragraph({
          style: 'Faktorboks',
          children: [new TextRun({ text: `${l.factor} · ${item.group}`, size: 17 })],
        }),
        new Paragraph({
          style: 'Faktorboks',
          heading: HeadingLevel.HEADING_2,
          children: [new TextRun(item.title)],
        }),
        ...plainParagraphs(item.explanation, 'Faktorboks'),
      ];
    case 'lesson':
      return [kindLine(l.kinds.lesson), heading2(item.title), ...plainParagraphs(item.text)];
    case 'section':
      return [
        kindLine(`${l.kinds.section} · ${item.partnership}`),
        heading2(item.heading),
        ...plainParagraphs(item.text),
      ];
    case 'note': {
      const meta = [item.partnership, item.aboutDate].filter(Boolean).join(' · ');
      return [
        kindLine(l.kinds.note),
        heading2(item.title),
        ...(item.byline
          ? [
              new Paragraph({
                style: 'Caption',
                children: [new TextRun(noteBylineText(item.byline, l))],
              }),
            ]
          : []),
        ...(meta ? [new Paragraph({ style: 'Art', children: [new TextRun(meta)] })] : []),
        ...markdownToDocx(item.body, { headingOffset: 2 }),
      ];
    }
    case 'missing':
      return [
        kindLine(l.kinds[item.itemKind]),
        heading2(l.missingHeading),
        new Paragraph({ style: 'Kommentar', children: [new TextRun(l.missing(item.ref))] }),
      ];
  }
}

function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  }
  return value;
}

function buildHandoutDocument(dirty: ResolvedHandout): Document {
  const model = xmlSafe(dirty);
  const l = exportLabels(dirty.language);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
  ];
  if (model.subtitle)
    children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(model.subtitle)] }));
  if (model.intro.trim()) children.push(...markdownToDocx(model.intro, { headingOffset: 1 }));
  for (const item of model.items) {
    children.push(...itemBlocks(item, l));
    if (item.comment.trim()) {
      children.push(
        new Paragraph({
          style: 'Kommentar',
          children: [new TextRun({ text: l.comment, bold: true })],
        }),
      );
      children.push(...markdownToDocx(item.comment, { headingOffset: 2, style: 'Kommentar' }));
    }
  }
  if (model.sources.length) {
    children.push(heading2(l.sources));
    for (const source of model.sources)
      children.push(new Paragraph({ style: 'Caption', children: [new TextRun(source.citation)] }));
  }

  return new Document({
    title: model.title,
    subject: model.subtitle,
    creator: 'Samspil',
    description: l.documentDescription,
    styles: {
      default: {
        document: { run: { font: SERIF, size: 22, language: { value: 'da-DK' } } },
        title: { run: { font: SANS, size: 44, bold: true, color: '1A1A1A' } },
        heading1: { run: { font: SANS, size: 32, bold: true, color: '1A1A1A' } },
        heading2: {
          run: { font: SANS, size: 28, bold: true, color: '1A1A1A' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: SANS, size: 24, bold: true, color: '1A1A1A' },
          paragraph: { keepNext: true },
        },
        caption: {
          run: { font: SANS, size: 18, italics: false, color: '404040' },
          paragraph: { spacing: { after: 240 } },
        },
      },
      paragraphStyles: [
        {
          id: 'Citat',
          name: 'Citat',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, size: 24 },
          paragraph: {
            indent: { left: 567 },
            spacing: { after: 120 },
            border: { left: { style: BorderStyle.SINGLE, size: 24, color: '8A4B08', space: 8 } },
          },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: SANS, size: 26, color: '444444' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'Art',
          name: 'Elementtype',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: SANS, size: 17, color: '505050', allCaps: true },
          paragraph: { spacing: { before: 240 }, keepNext: true },
        },
        {
          id: 'Faktorboks',
          name: 'Faktorboks',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { color: '1A1A1A' },
          paragraph: {
            shading: { fill: 'F2F6FA' },
            border: {
              top: { style: BorderStyle.SINGLE, size: 8, color: '1F4E79', space: 4 },
              bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F4E79', space: 4 },
              left: { style: BorderStyle.SINGLE, size: 8, color: '1F4E79', space: 4 },
              right: { style: BorderStyle.SINGLE, size: 8, color: '1F4E79', space: 4 },
            },
            indent: { left: 113, right: 113 },
          },
        },
        {
          id: 'Kommentar',
          name: 'Trænerens kommentar',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          paragraph: { shading: { fill: 'FBF6E9' }, indent: { left: 284 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: model.title, font: SANS, size: 17, color: '444444' }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      `${l.page} `,
                      PageNumber.CURRENT,
                      ` ${l.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                    font: SANS,
                    size: 17,
                    color: '444444',
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function renderHandoutDocx(model: ResolvedHandout): Promise<Buffer> {
  return Packer.toBuffer(buildHandoutDocument(model));
}
