/**
 * The "Add source" dialog's model (only while `npm start` runs: src/app/devserver.ts is null
 * in a static build). Each file dropped, address or pasted text is one request to the dev
 * server's POST /api/sources (src/devserver/add-source-route.ts), which saves it through the
 * same code as `npm run add` and rebuilds; each gets one line in the dialog saying what
 * happened, in plain words. The new data itself arrives through `onDataChanged`.
 */
import { signal } from '@preact/signals';
import type { DevServer, DevServerReply } from '../devserver.ts';

export interface AddRequest {
  path: string;
  body: unknown;
  headers?: Record<string, string>;
}

export type AddOutcome = 'working' | 'added' | 'failed';

export interface AddLine {
  /** What was sent: a file name, an address, a title. */
  label: string;
  outcome: AddOutcome;
  message: string;
}

export const addDialogOpen = signal(false);
export const addLines = signal<readonly AddLine[]>([]);

export function openAddDialog(): void {
  addDialogOpen.value = true;
}

export function closeAddDialog(): void {
  addDialogOpen.value = false;
  addLines.value = addLines.value.filter((line) => line.outcome === 'working');
}

export function fileRequest(name: string, bytes: Uint8Array): AddRequest {
  return {
    path: `/api/sources?kind=file&name=${encodeURIComponent(name)}`,
    body: bytes,
  };
}

export function urlRequest(url: string): AddRequest {
  return { path: '/api/sources?kind=url', body: { url: url.trim() } };
}

export function textRequest(title: string, text: string): AddRequest {
  return { path: '/api/sources?kind=text', body: { title: title.trim(), text } };
}

interface AddedSource {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: string | null;
  language: string | null;
  characters: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The dev server's answer → one line for the user. */
export function outcomeOf(reply: DevServerReply): Omit<AddLine, 'label'> {
  const body = isRecord(reply.body) ? reply.body : {};
  if (reply.status !== 201 || !isRecord(body.source)) {
    const error = typeof body.error === 'string' ? body.error : `HTTP ${reply.status}`;
    return { outcome: 'failed', message: `Not added: ${error}.` };
  }
  const source = body.source as unknown as AddedSource;
  const found = [source.author, source.publisher, source.published, source.language].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  const saved = `Added “${source.title}” as ${source.id}.txt${found.length > 0 ? ` (${found.join(', ')})` : ''}, ${source.characters.toLocaleString('en')} characters.`;
  const rebuild = isRecord(body.rebuild) ? body.rebuild : null;
  if (rebuild && rebuild.ok !== true) {
    return {
      outcome: 'failed',
      message: `${saved} But the map could not be rebuilt: ${String(rebuild.message ?? 'unknown reason')}`,
    };
  }
  return { outcome: 'added', message: `${saved} It is on the map now.` };
}

function setLine(index: number, line: AddLine): void {
  const lines = [...addLines.value];
  lines[index] = line;
  addLines.value = lines;
}

/** Sends one request, showing it as working, then what came of it. */
export async function sendAdd(
  server: DevServer,
  label: string,
  request: AddRequest,
): Promise<void> {
  const index = addLines.value.length;
  addLines.value = [...addLines.value, { label, outcome: 'working', message: 'Adding…' }];
  try {
    const reply = await server.post(request.path, request.body, request.headers);
    setLine(index, { label, ...outcomeOf(reply) });
  } catch {
    setLine(index, {
      label,
      outcome: 'failed',
      message: 'Not added: the dev server did not answer. Is npm start still running?',
    });
  }
}
