/**
 * .pdf: the text layer through PDF.js (unpdf's serverless build), in the order the document
 * draws it — the authoring order, which keeps columns apart where sorting by position would
 * interleave them. A jump down the page larger than a line starts a paragraph, a line ending
 * in a hyphen is joined to the next, and each page break is kept as a form feed on a line of
 * its own. Title, author and date come from the document's info dictionary.
 */
import { getDocumentProxy } from 'unpdf';
import { documentDate } from './dates.ts';
import { type IncomingDocument, IngestError, NO_META, type ReadDocument } from './types.ts';

/** Between pages: a form feed on a line of its own, as pdftotext writes it. */
export const PAGE_BREAK = '\n\n\f\n\n';

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

const isTextItem = (item: unknown): item is TextItem =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/** Lines of a page (items on one baseline joined), each with its baseline and height. */
function linesOf(items: readonly TextItem[]): { text: string; y: number; height: number }[] {
  const lines: { text: string; y: number; height: number }[] = [];
  let current: { text: string; y: number; height: number } | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = item.height || Math.abs(item.transform[3] ?? 0) || 10;
    if (current && Math.abs(current.y - y) > height / 2) {
      lines.push(current);
      current = null;
    }
    if (current) current.text += item.str;
    else current = { text: item.str, y, height };
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
}

/** Lines → paragraphs: a gap of more than a line and a half, or a jump up (a new column). */
function paragraphsOfLines(lines: ReturnType<typeof linesOf>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const text = line.text.replace(/\s+/g, ' ').trim();
    const gap = previous ? previous.y - line.y : 0;
    if (previous && (gap > previous.height * 1.9 || gap < 0)) {
      paragraphs.push(current);
      current = '';
    }
    // "Kanda-" + "har": a word cut at the line's end is joined again.
    if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(text)) current = current.slice(0, -1) + text;
    else current = current === '' ? text : `${current} ${text}`;
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** Titles that name the file or the program, not the document. */
const PLACEHOLDER_TITLE = /^(untitled|microsoft word - .*|.*\.(docx?|pdf|indd|qxd|rtf))$/i;

function infoText(info: Record<string, unknown>, key: string): string | null {
  const value = info[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

async function openPdf(input: IncomingDocument) {
  try {
    // A copy: PDF.js takes the buffer over, and the caller may still need the bytes.
    return await getDocumentProxy(new Uint8Array(input.bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new IngestError(
        'expected a PDF that opens without a password, found one protected by a password; save an unprotected copy (or its text) and add that',
      );
    }
    throw new IngestError(
      `expected a PDF document, found a damaged file or something else (${(error as Error).message})`,
    );
  }
}

export async function readPdf(input: IncomingDocument): Promise<ReadDocument> {
  const pdf = await openPdf(input);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        paragraphsOfLines(linesOf((content.items as unknown[]).filter(isTextItem))).join('\n\n'),
      );
    }
    if (pages.every((page) => page.trim() === '')) {
      throw new IngestError(
        `no text layer: run OCR first (the PDF has ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} and no text on any)`,
      );
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const title = infoText(info, 'Title');
    return {
      text: pages.join(PAGE_BREAK),
      meta: {
        ...NO_META,
        title: title && !PLACEHOLDER_TITLE.test(title) ? title : null,
        author: infoText(info, 'Author'),
        published: documentDate(infoText(info, 'CreationDate')),
        language: infoText(info, 'Language'),
      },
    };
  } finally {
    await pdf.destroy();
  }
}
