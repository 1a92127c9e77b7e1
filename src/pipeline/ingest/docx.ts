/**
 * .docx: the text through mammoth (headings and paragraphs each a paragraph), and title,
 * author and date from the document's core properties (docProps/core.xml), where Word keeps
 * them.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { documentDate } from './dates.ts';
import { type IncomingDocument, IngestError, NO_META, type ReadDocument } from './types.ts';

function xmlText(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = match?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value ? value : null;
}

async function coreProperties(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('docProps/core.xml')?.async('string')) ?? '';
}

export async function readDocx(input: IncomingDocument): Promise<ReadDocument> {
  let text: string;
  let core: string;
  try {
    const buffer = Buffer.from(input.bytes);
    text = (await mammoth.extractRawText({ buffer })).value;
    core = await coreProperties(input.bytes);
  } catch (error) {
    throw new IngestError(
      `expected a Word document (.docx), found a damaged file or something else (${(error as Error).message}); open it in Word and save it again`,
    );
  }
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return {
    text: paragraphs.join('\n\n'),
    meta: {
      ...NO_META,
      title: xmlText(core, 'dc:title'),
      author: xmlText(core, 'dc:creator'),
      published: documentDate(xmlText(core, 'dcterms:created')),
      language: xmlText(core, 'dc:language'),
    },
  };
}
