import { readFileSync } from 'node:fs';

import PDFDocument from 'pdfkit';
import { create as qrMatrix } from 'qrcode';

import type { DocumentBlock, OfficialDocument, TableColumn } from './official-document';

/** Millimetres to PDF points. */
const mm = (value: number) => (value * 72) / 25.4;

// Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, top and bottom margins 20 mm, left 30 mm, right 15 mm.
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const PAGE_WIDTH = mm(210);
const PAGE_HEIGHT = mm(297);
const TEXT_WIDTH = PAGE_WIDTH - MARGINS.left - MARGINS.right;
const BOTTOM = PAGE_HEIGHT - MARGINS.bottom;
const ISSUER_WIDTH = TEXT_WIDTH * 0.4;
const MOTTO_WIDTH = TEXT_WIDTH - ISSUER_WIDTH;
const BODY_SIZE = 13;
const SMALL_SIZE = 12;
const SIGNING_SPACE = 64;
const QR_SIZE = mm(24);

/**
 * Tinos is metrically compatible with Times New Roman, the typeface Phụ lục I asks for, and covers
 * every Vietnamese letter; the TTF files ship with the npm package and are embedded as subsets.
 */
const fontFiles = () => ({
  regular: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'),
});
type FontName = keyof ReturnType<typeof fontFiles>;

let fonts: ReadonlyMap<FontName, Buffer> | undefined;
const fontBytes = () =>
  (fonts ??= new Map(Object.entries(fontFiles()).map(([name, file]) => [name as FontName, readFileSync(file)])));

type Pdf = PDFKit.PDFDocument;

/**
 * The document as PDF bytes. Deterministic: the dates and the file id come from `issuedAt`, fonts
 * are subset under names derived from their order, so the same document always gives the same bytes
 * and its sha256 can be checked again later.
 */
export function officialPdf(document: OfficialDocument): Promise<Buffer> {
  const issuedAt = new Date(document.issuedAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: {
      Title: `${document.kind} ${document.number}`.trim(),
      Author: document.issuer.at(-1) ?? '',
      Subject: document.subject,
      Producer: 'NTM dossiers',
      Creator: 'NTM dossiers',
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  for (const [name, bytes] of fontBytes()) pdf.registerFont(name, bytes);
  const done = collect(pdf);
  header(pdf, document);
  title(pdf, document);
  document.body.forEach((block, index) => writeBlock(pdf, block, document.body[index + 1]));
  signature(pdf, document);
  pageNumbers(pdf);
  pdf.end();
  return done;
}

function collect(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

function centred(pdf: Pdf, text: string, x: number, width: number, font: FontName, size: number): number {
  pdf.font(font).fontSize(size).text(text, x, pdf.y, { width, align: 'center' });
  return pdf.y;
}

/** The rule Phụ lục I draws under the issuer, the motto and the subject; clear of the dots below (ạ, ộ). */
function ruleUnder(pdf: Pdf, centre: number, width: number) {
  const y = pdf.y + 5;
  pdf
    .moveTo(centre - width / 2, y)
    .lineTo(centre + width / 2, y)
    .lineWidth(0.6)
    .stroke();
  pdf.y = y + 5;
}

function header(pdf: Pdf, document: OfficialDocument) {
  const left = MARGINS.left;
  pdf.y = MARGINS.top;
  document.issuer.forEach((line, index) =>
    centred(pdf, line, left, ISSUER_WIDTH, index === document.issuer.length - 1 ? 'bold' : 'regular', SMALL_SIZE),
  );
  const issuerLast = document.issuer.at(-1) ?? '';
  ruleUnder(pdf, left + ISSUER_WIDTH / 2, pdf.font('bold').fontSize(SMALL_SIZE).widthOfString(issuerLast) / 3);
  if (document.number) centred(pdf, `Số: ${document.number}`, left, ISSUER_WIDTH, 'regular', BODY_SIZE);
  const leftBottom = pdf.y;

  const right = left + ISSUER_WIDTH;
  pdf.y = MARGINS.top;
  centred(pdf, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', right, MOTTO_WIDTH, 'bold', SMALL_SIZE);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  centred(pdf, motto, right, MOTTO_WIDTH, 'bold', BODY_SIZE);
  ruleUnder(pdf, right + MOTTO_WIDTH / 2, pdf.font('bold').fontSize(BODY_SIZE).widthOfString(motto));
  centred(pdf, document.placeAndDate, right, MOTTO_WIDTH, 'italic', BODY_SIZE);
  pdf.y = Math.max(leftBottom, pdf.y) + 18;
}

function title(pdf: Pdf, document: OfficialDocument) {
  centred(pdf, document.kind, MARGINS.left, TEXT_WIDTH, 'bold', 14);
  centred(pdf, document.subject, MARGINS.left + 30, TEXT_WIDTH - 60, 'bold', 14);
  ruleUnder(pdf, MARGINS.left + TEXT_WIDTH / 2, TEXT_WIDTH / 4);
  pdf.y += 8;
}

function writeBlock(pdf: Pdf, block: DocumentBlock, next: DocumentBlock | undefined) {
  switch (block.kind) {
    case 'heading': {
      // A heading never ends a page: it goes over with the start of what it heads.
      const height = pdf.font('bold').fontSize(BODY_SIZE).heightOfString(block.text, { width: TEXT_WIDTH }) + 8;
      if (pdf.y + height + openingHeight(pdf, next) > BOTTOM) pdf.addPage();
      pdf.y += 4;
      centred(pdf, block.text, MARGINS.left, TEXT_WIDTH, 'bold', BODY_SIZE);
      pdf.y += 4;
      return;
    }
    case 'paragraph':
      pdf
        .font('regular')
        .fontSize(BODY_SIZE)
        .text(block.text, MARGINS.left, pdf.y, { width: TEXT_WIDTH, align: 'justify', indent: mm(10) });
      pdf.y += 6;
      return;
    case 'table':
      table(pdf, block.columns, block.rows);
      return;
    default: {
      const unknown: never = block;
      throw new Error(`unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** What must stand under a heading on its page: two lines of a paragraph, a table's header and first row. */
function openingHeight(pdf: Pdf, block: DocumentBlock | undefined): number {
  switch (block?.kind) {
    case 'paragraph':
      return 2 * pdf.font('regular').fontSize(BODY_SIZE).currentLineHeight(true);
    case 'table': {
      const widths = columnWidths(block.columns);
      const header = rowHeight(pdf, widths, headerOf(block.columns), 'bold');
      return header + (block.rows[0] ? rowHeight(pdf, widths, block.rows[0], 'regular') : 0);
    }
    default:
      return 0;
  }
}

const CELL_PADDING = 3;
const columnWidths = (columns: readonly TableColumn[]) => columns.map((column) => column.share * TEXT_WIDTH);
const headerOf = (columns: readonly TableColumn[]) => columns.map((column) => column.header);

/** A table broken over pages repeats its header row at the top of each page, as a printed report does. */
function table(pdf: Pdf, columns: readonly TableColumn[], rows: readonly (readonly string[])[]) {
  const widths = columnWidths(columns);
  const header = headerOf(columns);
  // Nor does a header row end a page without a row under it.
  if (pdf.y + openingHeight(pdf, { kind: 'table', columns, rows }) > BOTTOM) pdf.addPage();
  tableRow(pdf, widths, header, 'bold');
  for (const row of rows) {
    if (pdf.y + rowHeight(pdf, widths, row, 'regular') > BOTTOM) {
      pdf.addPage();
      tableRow(pdf, widths, header, 'bold');
    }
    tableRow(pdf, widths, row, 'regular');
  }
  pdf.y += 8;
}

function rowHeight(pdf: Pdf, widths: readonly number[], cells: readonly string[], font: FontName): number {
  pdf.font(font).fontSize(SMALL_SIZE - 1);
  const heights = cells.map((cell, index) => pdf.heightOfString(cell, { width: widths[index]! - 2 * CELL_PADDING }));
  return Math.max(...heights) + 2 * CELL_PADDING;
}

function tableRow(pdf: Pdf, widths: readonly number[], cells: readonly string[], font: FontName) {
  const height = rowHeight(pdf, widths, cells, font);
  if (pdf.y + height > BOTTOM) pdf.addPage();
  const top = pdf.y;
  let x = MARGINS.left;
  pdf.font(font).fontSize(SMALL_SIZE - 1);
  cells.forEach((cell, index) => {
    const width = widths[index]!;
    pdf.lineWidth(0.5).rect(x, top, width, height).stroke();
    pdf.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: width - 2 * CELL_PADDING });
    x += width;
  });
  pdf.y = top + height;
}

/** The signature on the right, "Nơi nhận" on the left at its height; kept together on one page. */
function signature(pdf: Pdf, document: OfficialDocument) {
  const needed = 150 + (document.verificationUrl ? QR_SIZE + 30 : 0);
  if (pdf.y + needed > BOTTOM) pdf.addPage();
  const top = pdf.y + 8;
  const half = TEXT_WIDTH / 2;
  const right = MARGINS.left + half;
  pdf.y = top;
  const { capacity, position, name } = document.signature;
  if (capacity) centred(pdf, capacity, right, half, 'bold', BODY_SIZE);
  centred(pdf, position, right, half, 'bold', BODY_SIZE);
  pdf.y += SIGNING_SPACE;
  centred(pdf, name, right, half, 'bold', BODY_SIZE);
  const signatureBottom = pdf.y;

  pdf.y = top;
  pdf
    .font('boldItalic')
    .fontSize(SMALL_SIZE)
    .text('Nơi nhận:', MARGINS.left, top, { width: half - 10 });
  pdf.font('regular').fontSize(11);
  document.recipients.forEach((recipient, index) =>
    pdf.text(`- ${recipient}${index === document.recipients.length - 1 ? '.' : ';'}`, { width: half - 10 }),
  );
  pdf.y = Math.max(signatureBottom, pdf.y) + 12;
  if (document.verificationUrl) verificationCode(pdf, document.verificationUrl);
}

/** Drawn as vector squares: sharp when printed, and no image encoder between the data and the bytes. */
function verificationCode(pdf: Pdf, url: string) {
  const { modules } = qrMatrix(url, { errorCorrectionLevel: 'M' });
  const cell = QR_SIZE / modules.size;
  const top = pdf.y;
  for (let row = 0; row < modules.size; row += 1)
    for (let column = 0; column < modules.size; column += 1)
      if (modules.get(row, column)) pdf.rect(MARGINS.left + column * cell, top + row * cell, cell, cell);
  pdf.fill('black');
  pdf
    .font('italic')
    .fontSize(10)
    .text(`Quét mã để xác minh quyết định: ${url}`, MARGINS.left + QR_SIZE + 8, top + QR_SIZE / 2 - 6, {
      width: TEXT_WIDTH - QR_SIZE - 8,
    });
}

/** Phụ lục I numbers pages from the second one, centred in the top margin. */
function pageNumbers(pdf: Pdf) {
  const { start, count } = pdf.bufferedPageRange();
  for (let page = start + 1; page < start + count; page += 1) {
    pdf.switchToPage(page);
    pdf
      .font('regular')
      .fontSize(BODY_SIZE)
      .text(String(page + 1), MARGINS.left, mm(10), { width: TEXT_WIDTH, align: 'center', lineBreak: false });
  }
}
