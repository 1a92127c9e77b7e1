/** One entry for every format: bytes → text and metadata, or an IngestError saying why not. */
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { type GivenFields, readText } from './text.ts';
import type { IncomingDocument, ReadDocument } from './types.ts';

export interface ReadResult extends ReadDocument {
  /** Front-matter fields a text file already had (they win over what is found). */
  given: GivenFields;
}

export async function readDocument(input: IncomingDocument): Promise<ReadResult> {
  const none: GivenFields = new Map();
  switch (input.format) {
    case 'text':
      return readText(input.name, input.bytes);
    case 'html':
      return { ...readHtml(input), given: none };
    case 'pdf':
      return { ...(await readPdf(input)), given: none };
    case 'docx':
      return { ...(await readDocx(input)), given: none };
  }
}
