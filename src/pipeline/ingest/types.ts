/** Shapes shared by the ingest stage: a document as it came, and what was read from it. */
import type { PartialDate } from '../../shared/types.ts';

/** The formats a source may come in; each has its reader in this folder. */
export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

/** A document's bytes and where they came from. */
export interface IncomingDocument {
  /** The file or URL as the user gave it; every message names it. */
  name: string;
  bytes: Uint8Array;
  format: DocumentFormat;
  /** The address it was downloaded from (after redirects), for `url:` when the page has none. */
  url?: string;
}

/** What a document says about itself; null where it does not say. */
export interface DocumentMeta {
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: PartialDate | null;
  url: string | null;
  language: string | null;
}

export const NO_META: DocumentMeta = {
  title: null,
  author: null,
  publisher: null,
  published: null,
  url: null,
  language: null,
};

/** A document read: its text (paragraphs as blank-line-separated blocks) and its metadata. */
export interface ReadDocument {
  text: string;
  meta: DocumentMeta;
}

/**
 * A document that cannot become a source, and why in plain words ("expected …, found …" where
 * that applies). `line` and `column` point into a text file when the problem has a place.
 */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
