/** Which reader a file or a download goes to: by file extension, or by the server's type. */
import path from 'node:path';
import type { DocumentFormat } from './types.ts';

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** Every extension a source file may have, for folder walks and messages. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

const BY_CONTENT_TYPE: Readonly<Record<string, DocumentFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

export function formatOfFile(file: string): DocumentFormat | null {
  return BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

/** `text/html; charset=utf-8` → html; null for a type no reader takes. */
export function formatOfContentType(contentType: string): DocumentFormat | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return BY_CONTENT_TYPE[type] ?? null;
}

export const FORMATS_SHOWN = SOURCE_EXTENSIONS.join(', ');
