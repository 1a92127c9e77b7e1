/**
 * Quotes on demand. The first frame has only the compact mention index (filters.ts); a mention's
 * quote, offsets, alternatives and the rest are in quotes/<source>.<k>.json, fetched the first
 * time a popup, panel, reader, review or export needs them, then kept for as long as the data
 * stays the same (a rebuilt index starts afresh). A failed file is kept as failed, with its
 * reason, until it is asked for again.
 */
import { type Signal, signal } from '@preact/signals';
import { quotesFile } from '../../shared/mention-index.ts';
import { DATA_PATHS, type MentionProperties } from '../../shared/types.ts';
import { fetchJson } from '../data.ts';
import type { DataIndex } from '../filters.ts';
import { DataError, parseQuotes } from '../parse-data.ts';

export type QuotesFileState =
  | { state: 'loading' }
  | { state: 'ready'; mentions: readonly MentionProperties[] }
  | { state: 'failed'; message: string };

/** What a view shows for some mentions: their details, still loading, or why they are not. */
export type QuotesStatus =
  | { state: 'ready' }
  | { state: 'loading' }
  | { state: 'failed'; message: string };

export interface QuoteStore {
  /** The files asked for, by path, for the index they belong to. */
  files: Signal<{ index: DataIndex | null; files: ReadonlyMap<string, QuotesFileState> }>;
  /** Fetches the files holding these mentions that are not loaded or loading; resolves when all are done. */
  request(index: DataIndex, mentions: readonly number[]): Promise<void>;
  /** A mention's details once its file is loaded, else null. */
  details(index: DataIndex, mention: number): MentionProperties | null;
  /** Whether these mentions' details are all loaded, some still loading, or one failed. */
  status(index: DataIndex, mentions: readonly number[]): QuotesStatus;
}

/** Where mention i's file is and its place in it. */
function locate(index: DataIndex, i: number): { path: string; at: number; first: number } {
  const source = index.sources[index.mentionSource[i]!]!.id;
  const ordinal = index.mentionOrdinal[i]!;
  const k = Math.floor(ordinal / index.quotesPerFile);
  const name = quotesFile(encodeURIComponent(source), k).slice('quotes/'.length);
  return {
    path: `${DATA_PATHS.quotesDir}/${name}`,
    at: ordinal - k * index.quotesPerFile,
    first: k * index.quotesPerFile,
  };
}

/** A store fetching through `load` (fetchJson in the app; a fake in tests). */
export function createQuoteStore(load: (path: string) => Promise<unknown>): QuoteStore {
  const files: QuoteStore['files'] = signal({ index: null, files: new Map() });
  const inFlight = new Map<string, Promise<void>>();

  const set = (index: DataIndex, path: string, state: QuotesFileState) => {
    if (files.value.index !== index) return; // the data was replaced meanwhile
    const next = new Map(files.value.files);
    next.set(path, state);
    files.value = { index, files: next };
  };

  const fetchFile = (index: DataIndex, path: string, expected: ExpectedFile): Promise<void> => {
    set(index, path, { state: 'loading' });
    const done = load(path)
      .then((json) => {
        set(index, path, { state: 'ready', mentions: parseQuotes(json, path, expected) });
      })
      .catch((e: unknown) => {
        const reason = e instanceof DataError ? e.message : `${path} could not be read`;
        set(index, path, { state: 'failed', message: reason });
      })
      .finally(() => inFlight.delete(path));
    inFlight.set(path, done);
    return done;
  };

  return {
    files,
    request(index, mentions) {
      if (files.value.index !== index) {
        inFlight.clear();
        files.value = { index, files: new Map() };
      }
      const wanted = neededFiles(index, mentions);
      const waits: Promise<void>[] = [];
      for (const [path, expected] of wanted) {
        const state = files.value.files.get(path)?.state;
        if (state === 'ready') continue;
        waits.push(inFlight.get(path) ?? fetchFile(index, path, expected));
      }
      return Promise.all(waits).then(() => {});
    },
    details(index, i) {
      const current = files.value;
      if (current.index !== index) return null;
      const { path, at } = locate(index, i);
      const file = current.files.get(path);
      return file?.state === 'ready' ? (file.mentions[at] ?? null) : null;
    },
    status(index, mentions) {
      const current = files.value;
      if (current.index !== index) return { state: 'loading' };
      let loading = false;
      for (const i of mentions) {
        const file = current.files.get(locate(index, i).path);
        if (file?.state === 'failed') return { state: 'failed', message: file.message };
        if (file?.state !== 'ready') loading = true;
      }
      return loading ? { state: 'loading' } : { state: 'ready' };
    },
  };
}

interface ExpectedFile {
  source: string;
  first: number;
  count: number;
}

/** The files these mentions are in, each with what it must hold (up to the last one needed). */
function neededFiles(index: DataIndex, mentions: readonly number[]): Map<string, ExpectedFile> {
  const out = new Map<string, ExpectedFile>();
  for (const i of mentions) {
    const { path, at, first } = locate(index, i);
    const seen = out.get(path);
    if (seen) seen.count = Math.max(seen.count, at + 1);
    else {
      const source = index.sources[index.mentionSource[i]!]!.id;
      out.set(path, { source, first, count: at + 1 });
    }
  }
  return out;
}

/** The app's store: files from the data folder, fetched like the rest of the data. */
export const quotes = createQuoteStore(fetchJson);

/** Actions the views call: start fetching what they are about to show. */
export function requestQuotes(index: DataIndex, mentions: readonly number[]): Promise<void> {
  return quotes.request(index, mentions);
}

/** A mention's details, once fetched (views read this; they re-render when it arrives). */
export function quoteOf(index: DataIndex, mention: number): MentionProperties | null {
  return quotes.details(index, mention);
}

export function quotesStatus(index: DataIndex, mentions: readonly number[]): QuotesStatus {
  return quotes.status(index, mentions);
}
