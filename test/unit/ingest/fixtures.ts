/** The ingest fixtures (made by scripts/make-ingest-fixtures.ts) as incoming documents. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatOfFile } from '../../../src/pipeline/ingest/formats.ts';
import type { IncomingDocument } from '../../../src/pipeline/ingest/types.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/ingest');

export function fixture(name: string): IncomingDocument {
  const format = formatOfFile(name);
  if (format === null) throw new Error(`no format for ${name}`);
  return { name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))), format };
}
