/** URLs: handled by their content type, and every way a download fails, in plain words. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_LIMITS, download } from '../../../src/pipeline/ingest/download.ts';
import { readDocument } from '../../../src/pipeline/ingest/read.ts';
import { FIXTURES } from './fixtures.ts';
import { type LocalServer, serveLocally } from './serve.ts';

let server: LocalServer;

beforeAll(async () => {
  server = await serveLocally((request, response) => {
    const route = request.url ?? '';
    if (route === '/floods') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(path.join(FIXTURES, 'article.html')));
    } else if (route === '/download?id=7') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end(readFileSync(path.join(FIXTURES, 'report.pdf')));
    } else if (route === '/huge.pdf') {
      // Announces 200 MB; nothing of it needs to be sent for the download to be refused.
      response.writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(200 * 1024 * 1024),
      });
      response.write('%PDF-1.4\n');
    } else if (route === '/endless') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (response.write(chunk)) {}
        response.once('drain', pump);
      };
      pump();
      response.on('close', () => response.removeAllListeners('drain'));
    } else if (route === '/plain') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Notes from Herat\n\nThe road to Kandahar was open.\n');
    } else if (route === '/slow') {
      // Never answers.
    } else if (route === '/picture') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end('png');
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Not found</h1>');
    }
  });
});

afterAll(() => server.close());

describe('download', () => {
  it('reads a web page by its content type', async () => {
    const page = await download(server.url('/floods'));
    expect(page.format).toBe('html');
    const { meta } = await readDocument(page);
    expect(meta.title).toBe('Floods reach Kandahar after three days of rain');
  });

  it('reads a PDF served without a .pdf in its address', async () => {
    const document = await download(server.url('/download?id=7'));
    expect(document.format).toBe('pdf');
    expect((await readDocument(document)).meta.author).toBe('Field Survey Unit');
  });

  it('says the server answered 404', async () => {
    await expect(download(server.url('/gone'))).rejects.toThrow(
      'expected the document, found the answer HTTP 404 Not Found; check the address',
    );
  });

  it('gives up on a server that does not answer in time', async () => {
    await expect(
      download(server.url('/slow'), { ...DOWNLOAD_LIMITS, timeoutMs: 300 }),
    ).rejects.toThrow(/^expected an answer from 127\.0\.0\.1:\d+ within 0\.3 s, found none/);
  });

  it('refuses a 200 MB download as soon as the server announces it', async () => {
    await expect(download(server.url('/huge.pdf'))).rejects.toThrow(
      'expected a download of at most 100 MB, found 200 MB announced by the server; save the document from your browser and add the file',
    );
  });

  it('stops reading a download that passes the limit without announcing its size', async () => {
    await expect(
      download(server.url('/endless'), { ...DOWNLOAD_LIMITS, maxBytes: 1024 * 1024 }),
    ).rejects.toThrow(/^expected a download of at most 1\.0 MB, found more than that/);
  });

  it('refuses a type no reader takes', async () => {
    await expect(download(server.url('/picture'))).rejects.toThrow(/found the type 'image\/png'$/);
  });

  it('says when nothing listens at the address', async () => {
    const closed = await serveLocally(() => {});
    const address = closed.url('/x');
    await closed.close();
    await expect(download(address)).rejects.toThrow(
      /^could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/,
    );
  });

  it('keeps the address it was downloaded from when the page names none', async () => {
    const document = await download(server.url('/plain'));
    expect(document.url).toBe(server.url('/plain'));
  });
});
