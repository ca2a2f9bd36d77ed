import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import { chineseNumeral } from '@lvze/domain';

// The look of the commission's official documents (公文, after GB/T 9704): A4, red header with the
// issuing organ and a red rule, a centred title, 仿宋 body in 三号 with fixed 28 pt lines, headings
// numbered 一、二、, the issuer and the Chinese date at the foot, page numbers as — 1 —.
// Fonts are the ones every Chinese Windows ships (宋体, 仿宋, 黑体): the official 方正小标宋 is often
// missing, and Word does not fall back by itself, so the title uses bold 宋体.

const RED = 'C00000';
const FONTS = {
  title: '宋体',
  body: '仿宋',
  heading: '黑体',
  latin: 'Times New Roman',
};
/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const SIZE = { title: 44, body: 32, page: 28, table: 24 };
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** Two characters of 三号 text: the first-line indent of body paragraphs. */
const INDENT_2_CHARS = 640;
const MARGIN = { top: 37, bottom: 35, left: 28, right: 26 };
/** A4 text width in points: 210 mm less the margins. */
const TEXT_WIDTH_PT = ((210 - MARGIN.left - MARGIN.right) / 25.4) * 72;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia });

function run(text: string, options: Omit<IRunOptions, 'text'> & { face?: string } = {}): TextRun {
  const { face = FONTS.body, ...rest } = options;
  return new TextRun({ text, font: font(face), size: SIZE.body, ...rest });
}

/** Body text, built last: the signature may still ask it to keep with the next paragraph. */
class BodyParagraph {
  constructor(public options: IParagraphOptions) {}
}

export interface OfficialDocumentHead {
  /** The issuing organ, one header line per entry, e.g. ['中共桂林市纪委监委', '专项治理办公室']. */
  issuer: string[];
  /** Under the header, above the red rule: the document number or the bulletin's issue line. */
  reference?: string;
  title: string;
  /** Under the title, in 楷体-like body type: the period covered, the addressee… */
  subtitle?: string;
}

export interface DocumentTableColumn {
  header: string;
  /** Relative width; columns share the text width in proportion. */
  weight?: number;
  align?: 'left' | 'center';
}

/**
 * Builds one official document, block by block, in reading order:
 * `new OfficialDocument(head).heading('…').paragraph('…').table(…).signature(…).toBuffer()`.
 */
export class OfficialDocument {
  private readonly blocks: (Paragraph | Table | BodyParagraph)[] = [];
  private headings = 0;

  constructor(private readonly head: OfficialDocumentHead) {
    this.blocks.push(...this.letterhead(), ...this.titleBlock());
  }

  /** A first-level heading, numbered 一、二、… in order of calls. */
  heading(text: string): this {
    this.headings += 1;
    this.blocks.push(
      new Paragraph({
        spacing: LINE,
        indent: { firstLine: INDENT_2_CHARS },
        keepNext: true,
        children: [run(`${chineseNumeral(this.headings)}、${text}`, { face: FONTS.heading })],
      }),
    );
    return this;
  }

  /** A body paragraph, indented two characters; `lead` is set in bold before the text. */
  paragraph(text: string, lead?: string): this {
    this.blocks.push(
      new BodyParagraph({
        spacing: LINE,
        indent: { firstLine: INDENT_2_CHARS },
        alignment: AlignmentType.JUSTIFIED,
        children: [...(lead ? [run(lead, { bold: true })] : []), run(text)],
      }),
    );
    return this;
  }

  /** The addressee (主送机关), flush left and followed by a full-width colon. */
  addressee(name: string): this {
    this.blocks.push(new Paragraph({ spacing: LINE, children: [run(`${name}：`)] }));
    return this;
  }

  /** A ruled table with a repeated header row, in 小四 so that six or seven columns fit. */
  table(columns: DocumentTableColumn[], rows: string[][], withHeader = true): this {
    const total = columns.reduce((sum, c) => sum + (c.weight ?? 1), 0);
    const widths = columns.map((c) => Math.round((convertMillimetersToTwip(156) * (c.weight ?? 1)) / total));
    const cell = (text: string, i: number, header: boolean) =>
      new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        children: [
          new Paragraph({
            alignment: header || columns[i].align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [
              run(text, {
                size: SIZE.table,
                ...(header ? { face: FONTS.heading } : {}),
              }),
            ],
          }),
        ],
      });
    this.blocks.push(
      new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        alignment: AlignmentType.CENTER,
        rows: [
          ...(withHeader
            ? [new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.header, i, true)) })]
            : []),
          ...rows.map(
            (r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) }),
          ),
        ],
      }),
      // Word needs a paragraph between a table and what follows; it also gives the table air.
      new Paragraph({ spacing: { line: 280, lineRule: LineRuleType.EXACT }, children: [] }),
    );
    return this;
  }

  /** A form of label and value rows without a header, e.g. the fields of a supervision order. */
  fields(rows: [label: string, value: string][]): this {
    return this.table(
      [
        { header: '', weight: 1, align: 'center' },
        { header: '', weight: 4 },
      ],
      rows,
      false,
    );
  }

  /** The issuer and the date (in Chinese) at the foot, right-aligned, four characters from the edge. */
  signature(issuer: string, date: string): this {
    // The date ends the document: a keep-with-next there has nothing to keep with, and LibreOffice
    // then pushes the whole chain (heading, paragraph, signature) onto a new page.
    const line = (text: string, before = 0, keepNext = false) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: INDENT_2_CHARS * 2 },
        spacing: { ...LINE, before },
        keepNext,
        children: [run(text)],
      });
    // The signature never stands alone on a page: the last body paragraph moves over with it.
    const last = this.blocks.at(-1);
    if (last instanceof BodyParagraph) last.options = { ...last.options, keepNext: true };
    this.blocks.push(line(issuer, 560, true), line(date));
    return this;
  }

  async toBuffer(): Promise<Buffer> {
    const document = new Document({
      creator: '履责',
      title: this.head.title,
      styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } } },
      sections: [
        {
          properties: {
            page: {
              size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
              margin: {
                top: convertMillimetersToTwip(MARGIN.top),
                bottom: convertMillimetersToTwip(MARGIN.bottom),
                left: convertMillimetersToTwip(MARGIN.left),
                right: convertMillimetersToTwip(MARGIN.right),
                footer: convertMillimetersToTwip(20),
              },
            },
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [
                    new TextRun({
                      children: ['— ', PageNumber.CURRENT, ' —'],
                      font: font(FONTS.title),
                      size: SIZE.page,
                    }),
                  ],
                }),
              ],
            }),
          },
          children: this.blocks.map((b) => (b instanceof BodyParagraph ? new Paragraph(b.options) : b)),
        },
      ],
    });
    return Packer.toBuffer(document);
  }

  private letterhead(): Paragraph[] {
    const longest = Math.max(...this.head.issuer.map((line) => [...line].length), 1);
    // As large as the longest line allows, at most 小初 (36 pt), as a red header is set.
    const points = Math.min(36, Math.floor((TEXT_WIDTH_PT / longest) * 0.95));
    const lines = this.head.issuer.map(
      (text) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: points * 24, lineRule: LineRuleType.EXACT },
          children: [run(text, { face: FONTS.title, bold: true, color: RED, size: points * 2 })],
        }),
    );
    const reference = new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...LINE, before: 240 },
      // The red rule under the header (版头分隔线).
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
      children: [run(this.head.reference ?? '')],
    });
    return [...lines, reference];
  }

  private titleBlock(): Paragraph[] {
    const title = new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 480, after: 240 },
      children: [run(this.head.title, { face: FONTS.title, bold: true, size: SIZE.title })],
    });
    if (!this.head.subtitle) return [title];
    return [
      title,
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...LINE, after: 240 },
        children: [run(this.head.subtitle)],
      }),
    ];
  }
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
