// This file writes the weekly report as a .docx (npm docx) in the decree's form: A4, its margins, Times New Roman, the
// heading and signature blocks as borderless two-column tables, page numbers at the top from page 2.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { DECREE_MARGINS_MM, REPORT_FONT } from "../domain/layout/report-sheet";
import { textWidth } from "../domain/layout/text-width";
import type { ReportDocument, ReportParagraph } from "../domain/report";

/** Sizes in points, as Nghị định 30/2020/NĐ-CP, Phụ lục I sets them (body 13–14; motto 12–13 and 13–14; recipients 11–12). */
const PT = { body: 14, agency: 13, motto: 12, slogan: 13, recipientsTitle: 12, recipients: 11 } as const;
const A4_MM = { width: 210, height: 297 } as const;
/** The text's width: A4 less the left and right margins. */
const TEXT_MM = A4_MM.width - DECREE_MARGINS_MM.left - DECREE_MARGINS_MM.right;
/** The heading's left block takes this share of the width, the motto's block the rest. */
const LEFT_SHARE = 0.38;
const TWIPS_PER_POINT = 20;
/** First-line indent of a paragraph: 1 cm to 1.27 cm in the decree. */
const INDENT_MM = 10;

/** Millimetres in twips (1/1440 inch), rounded: A4 is then 11906 × 16838, as Word writes it. */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const halfPoints = (points: number) => points * 2;

interface RunLook {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

function paragraph(text: string, look: RunLook & { center?: boolean; after?: number; before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: look.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: (look.before ?? 0) * TWIPS_PER_POINT, after: (look.after ?? 0) * TWIPS_PER_POINT },
    keepNext: look.keepNext ?? false,
    children: [new TextRun({ text, size: halfPoints(look.size ?? PT.body), bold: look.bold ?? false, italics: look.italics ?? false })],
  });
}

/** The width in twips of a line of bold text. */
function boldTwips(text: string, size: number): number {
  return textWidth(text, size, true) * TWIPS_PER_POINT;
}

/**
 * A solid line `length` twips long centred under the line above (the decree: 1/3 to 1/2 of the issuing body's name,
 * the motto's whole length, 1/3 to 1/2 of the subject): an empty paragraph whose top border runs between two indents.
 */
function rule(cellTwips: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cellTwips - Math.min(cellTwips, length)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 2 * TWIPS_PER_POINT, after: 0, line: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 2 })],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
}

/** Two columns, no lines: what the decree's heading and signature blocks look like. */
function twoColumns(left: number, right: number, rows: Array<[Paragraph[], Paragraph[]]>): Table {
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: rows.map(([a, b]) => new TableRow({ cantSplit: true, children: [cell(left, a), cell(right, b)] })),
  });
}

/** `last` is the closing paragraph, kept on the page of the signature. */
function bodyParagraph(part: ReportParagraph, last: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(INDENT_MM) },
    spacing: { before: 0, after: 6 * TWIPS_PER_POINT },
    // A heading, and a line that leads into a list ("Còn 7 việc quá hạn:"), stay with what follows them.
    keepNext: part.kind === "heading" || part.text.endsWith(":") || last,
    children: [new TextRun({ text: part.text, size: halfPoints(PT.body), bold: part.kind === "heading" })],
  });
}

/** The report as a Word document (.docx), ready to sign once the officer fills in the number and the signer's name. */
export function reportDocument(report: ReportDocument): Document {
  const width = twips(TEXT_MM);
  const left = Math.round(width * LEFT_SHARE);
  const right = width - left;
  const heading = twoColumns(left, right, [
    [
      [paragraph(report.agency, { size: PT.agency, bold: true, center: true }), rule(left, boldTwips(report.agency, PT.agency) * 0.45)],
      [
        paragraph(report.motto[0], { size: PT.motto, bold: true, center: true }),
        paragraph(report.motto[1], { size: PT.slogan, bold: true, center: true }),
        rule(right, boldTwips(report.motto[1], PT.slogan)),
      ],
    ],
    [[paragraph(report.number, { size: PT.agency, center: true, before: 6 })], [paragraph(report.placeDate, { italics: true, center: true, before: 6 })]],
  ]);
  const recipients = [
    paragraph(report.recipientsTitle, { size: PT.recipientsTitle, bold: true, italics: true }),
    ...report.recipients.map((line) => paragraph(line, { size: PT.recipients })),
  ];
  const signature = report.signature.map((line) => paragraph(line, { bold: true, center: true }));
  const pageWidth = twips(A4_MM.width);
  return new Document({
    creator: "Sổ Thi Đua",
    title: `${report.title} ${report.subject}`,
    styles: { default: { document: { run: { font: REPORT_FONT, size: halfPoints(PT.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: pageWidth, height: twips(A4_MM.height) },
            margin: {
              top: twips(DECREE_MARGINS_MM.top),
              bottom: twips(DECREE_MARGINS_MM.bottom),
              left: twips(DECREE_MARGINS_MM.left),
              right: twips(DECREE_MARGINS_MM.right),
              header: twips(10),
              footer: twips(10),
            },
          },
        },
        // The decree: page numbers centred in the top margin, none on the first page.
        headers: {
          first: new Header({ children: [] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(PT.body) })] })] }),
        },
        children: [
          heading,
          paragraph(report.title, { bold: true, center: true, before: 18, keepNext: true }),
          paragraph(report.subject, { bold: true, center: true, keepNext: true }),
          rule(width, Math.min(width, boldTwips(report.subject, PT.body)) / 3),
          paragraph("", { after: 6 }),
          ...report.body.map((part, i) => bodyParagraph(part, i === report.body.length - 1)),
          paragraph("", { after: 6, keepNext: true }),
          twoColumns(left, right, [[recipients, signature]]),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function reportDocx(report: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(report));
}
