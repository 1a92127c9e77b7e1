/**
 * An http(s) URL → its document, within a size limit and a time limit, handled by the type
 * the server gives (or, for a generic type, by the URL's extension). Every failure is an
 * IngestError in plain words: no answer in time, a 404, a download too large.
 */
import { FORMATS_SHOWN, formatOfContentType, formatOfFile } from './formats.ts';
import { type IncomingDocument, IngestError } from './types.ts';

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
}

const MB = 1024 * 1024;

/** A source is at most 100 MB (MAX_SOURCE_BYTES); a download of a document likewise. */
export const DOWNLOAD_LIMITS: DownloadLimits = { maxBytes: 100 * MB, timeoutMs: 30_000 };

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

const sizeShown = (bytes: number): string =>
  bytes >= MB ? `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB` : `${bytes} bytes`;

async function bodyWithin(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = (found: string) =>
    new IngestError(
      `expected a download of at most ${sizeShown(maxBytes)}, found ${found}; save the document from your browser and add the file`,
    );
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(`${sizeShown(declared)} announced by the server`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(`more than that from ${new URL(url).host}`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function failure(error: unknown, url: string, timeoutMs: number): IngestError {
  if (error instanceof IngestError) return error;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new IngestError(
      `expected an answer from ${new URL(url).host} within ${timeoutMs / 1000} s, found none; try again later, or save the page and add the file`,
    );
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new IngestError(
    `could not reach ${new URL(url).host} (${cause?.code ?? cause?.message ?? (error as Error).message})`,
  );
}

export async function download(
  url: string,
  limits: DownloadLimits = DOWNLOAD_LIMITS,
): Promise<IncomingDocument> {
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: {
        accept:
          'text/html, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/plain;q=0.8, */*;q=0.1',
      },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new IngestError(
        `expected the document, found the answer HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; check the address`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    const finalUrl = response.url || url;
    const format = formatOfContentType(type) ?? formatOfFile(new URL(finalUrl).pathname);
    if (format === null) {
      await response.body?.cancel();
      throw new IngestError(
        `expected a web page, PDF, Word document or text (${FORMATS_SHOWN}), found the type '${type.split(';')[0] || 'none'}'`,
      );
    }
    const bytes = await bodyWithin(response, finalUrl, limits.maxBytes);
    return { name: url, bytes, format, url: finalUrl };
  } catch (error) {
    throw failure(error, url, limits.timeoutMs);
  }
}
