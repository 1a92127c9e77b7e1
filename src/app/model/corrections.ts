/**
 * Review and correct, in the app: the corrections the build applied (data/corrections.json),
 * the ones made here and not yet built (kept in localStorage in a static build), and the
 * actions the views call. With the dev server (`npm start`) each change is saved at once
 * (data/corrections/<id>.json, data/user-places.json) and the server rebuilds; in a static
 * build the same files are offered for download. Both go through the one serializer of
 * src/shared/corrections.ts, so the files are identical.
 */
import { batch, computed, signal } from '@preact/signals';
import {
  CORRECTIONS_DIR,
  type Correction,
  type CorrectionAction,
  type CorrectionsData,
  correctionAt,
  mergeCorrection,
  parseCorrectionsData,
  serializeCorrections,
  serializeUserPlaces,
  USER_PLACES_FILE,
  type UserPlace,
  userPlaceId,
  userProvenance,
} from '../../shared/corrections.ts';
import type { LonLat, MentionProperties, PlaceKind } from '../../shared/types.ts';
import { devServer } from '../devserver.ts';

/** Made here, not yet in the build: per source id, and places added by hand. */
export interface Pending {
  corrections: Readonly<Record<string, readonly Correction[]>>;
  places: readonly UserPlace[];
}

export const EMPTY_PENDING: Pending = { corrections: {}, places: [] };
const EMPTY_SAVED: CorrectionsData = { version: 1, sources: {}, places: [] };

export const saved = signal<CorrectionsData>(EMPTY_SAVED);
export const pending = signal<Pending>(EMPTY_PENDING);
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; message: string }
  | { state: 'failed'; message: string };
export const saveState = signal<SaveState>({ state: 'idle' });

export const STORAGE_KEY = 'citemap:corrections:v1';

// ---- pure helpers --------------------------------------------------------------------------

/** A source's whole corrections list: what the build read, with the changes made here. */
export function mergedFor(base: CorrectionsData, changes: Pending, sourceId: string): Correction[] {
  let list: Correction[] = [...(base.sources[sourceId] ?? [])];
  for (const c of changes.corrections[sourceId] ?? []) list = mergeCorrection(list, c);
  return list;
}

/** Every place added by hand: the build's, then the ones added here. */
export function allUserPlaces(base: CorrectionsData, changes: Pending): UserPlace[] {
  const ids = new Set(changes.places.map((p) => p.id));
  return [...base.places.filter((p) => !ids.has(p.id)), ...changes.places];
}

export interface CorrectionFile {
  /** Where it goes in the repository: data/corrections/<id>.json or data/user-places.json. */
  path: string;
  name: string;
  text: string;
}

/** The files to put into the repository for the changes made here (the static build's download). */
export function correctionFiles(base: CorrectionsData, changes: Pending): CorrectionFile[] {
  const files: CorrectionFile[] = [];
  if (changes.places.length > 0)
    files.push({
      path: USER_PLACES_FILE,
      name: 'user-places.json',
      text: serializeUserPlaces(allUserPlaces(base, changes)),
    });
  for (const id of Object.keys(changes.corrections).sort()) {
    if ((changes.corrections[id] ?? []).length === 0) continue;
    files.push({
      path: `${CORRECTIONS_DIR}/${id}.json`,
      name: `${id}.json`,
      text: serializeCorrections({ source: id, corrections: mergedFor(base, changes, id) }),
    });
  }
  return files;
}

const same = (a: Correction, b: Correction): boolean =>
  serializeCorrections({ source: 'x', corrections: [a] }) ===
  serializeCorrections({ source: 'x', corrections: [b] });

/** The changes not yet in the build: those the build now has are dropped. */
export function withoutBuilt(changes: Pending, base: CorrectionsData): Pending {
  const corrections: Record<string, Correction[]> = {};
  for (const [id, list] of Object.entries(changes.corrections)) {
    const built = base.sources[id] ?? [];
    const left = list.filter((c) => !built.some((b) => same(b, c)));
    if (left.length > 0) corrections[id] = left;
  }
  const places = changes.places.filter(
    (p) => !base.places.some((b) => JSON.stringify(b) === JSON.stringify(p)),
  );
  return { corrections, places };
}

/** The change made here to a mention's words, if any. */
export function pendingFor(
  changes: Pending,
  sourceId: string,
  start: number,
  end: number,
): Correction | null {
  return (
    (changes.corrections[sourceId] ?? []).find((c) => c.start === start && c.end === end) ?? null
  );
}

export function pendingCount(changes: Pending): number {
  let n = changes.places.length;
  for (const list of Object.values(changes.corrections)) n += list.length;
  return n;
}

// ---- signals the views read ----------------------------------------------------------------

export const files = computed(() => correctionFiles(saved.value, pending.value));
export const unsavedCount = computed(() => pendingCount(pending.value));
export const userPlaces = computed(() => allUserPlaces(saved.value, pending.value));

// ---- persistence ---------------------------------------------------------------------------

function store(changes: Pending): void {
  if (devServer || typeof localStorage === 'undefined') return;
  try {
    if (pendingCount(changes) === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(changes));
  } catch {
    // A full or disabled storage: the changes still stand until the page is closed.
  }
}

/** The changes kept in this browser (static build), checked like any outside data. */
export function readStored(): Pending {
  // With the dev server nothing is kept in the browser: every change is saved at once.
  if (devServer || typeof localStorage === 'undefined') return EMPTY_PENDING;
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return EMPTY_PENDING;
    const json = JSON.parse(raw) as { corrections?: unknown; places?: unknown };
    const parsed = parseCorrectionsData({ sources: json.corrections, places: json.places });
    return { corrections: parsed.sources, places: parsed.places };
  } catch {
    return EMPTY_PENDING;
  }
}

/** What the build applied arrived (first load or after a rebuild). */
export function setSaved(base: CorrectionsData): void {
  batch(() => {
    saved.value = base;
    const left = withoutBuilt(pending.value === EMPTY_PENDING ? readStored() : pending.value, base);
    pending.value = left;
    store(left);
  });
}

function change(next: Pending): void {
  pending.value = next;
  store(next);
  if (devServer) void saveToDevServer();
}

let saving: Promise<void> = Promise.resolve();

/** Writes the changes through the dev server, places first (corrections may choose them). */
export function saveToDevServer(): Promise<void> {
  saving = saving.then(async () => {
    const server = devServer;
    const changes = pending.value;
    if (!server || pendingCount(changes) === 0) return;
    saveState.value = { state: 'saving' };
    try {
      let base = saved.value;
      if (changes.places.length > 0) {
        const places = allUserPlaces(base, changes);
        await post(server, '/api/user-places', { places });
        base = { ...base, places };
      }
      for (const id of Object.keys(changes.corrections)) {
        const list = mergedFor(base, changes, id);
        await post(server, '/api/corrections', { source: id, corrections: list });
        base = { ...base, sources: { ...base.sources, [id]: list } };
      }
      batch(() => {
        saved.value = base;
        pending.value = withoutBuilt(pending.value, base);
        saveState.value = { state: 'saved', message: 'Saved to data/ and rebuilt.' };
      });
    } catch (error) {
      saveState.value = {
        state: 'failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  });
  return saving;
}

async function post(
  server: NonNullable<typeof devServer>,
  path: string,
  body: unknown,
): Promise<void> {
  const reply = await server.post(path, body);
  const b = reply.body as { error?: string; rebuild?: { ok: boolean; message: string } } | null;
  if (reply.status !== 200) throw new Error(b?.error ?? `HTTP ${reply.status}`);
  if (b?.rebuild && !b.rebuild.ok)
    throw new Error(`saved, but the rebuild failed: ${b.rebuild.message}`);
}

// ---- actions -------------------------------------------------------------------------------

function withCorrection(changes: Pending, sourceId: string, c: Correction): Pending {
  const list = mergeCorrection(changes.corrections[sourceId] ?? [], c);
  return { ...changes, corrections: { ...changes.corrections, [sourceId]: list } };
}

/**
 * A correction of the words body.slice(start, end) of a source: choose another place, not a
 * place, add a mention, or accept. `body` is the source's text (the reader's loadText).
 */
export function correct(
  sourceId: string,
  body: string,
  start: number,
  end: number,
  action: CorrectionAction,
  placeId?: string,
): void {
  change(withCorrection(pending.value, sourceId, correctionAt(body, start, end, action, placeId)));
}

/** The same for a mention on the map. */
export function correctMention(
  m: MentionProperties,
  body: string,
  action: CorrectionAction,
  placeId?: string,
): void {
  correct(m.sourceId, body, m.start, m.end, action, placeId);
}

/** Undoes a change made here and not yet built. */
export function undoPending(sourceId: string, start: number, end: number): void {
  const list = (pending.value.corrections[sourceId] ?? []).filter(
    (c) => !(c.start === start && c.end === end),
  );
  const corrections = { ...pending.value.corrections, [sourceId]: list };
  if (list.length === 0) delete corrections[sourceId];
  change({ ...pending.value, corrections });
}

export interface PlaceDraft {
  name: string;
  kind: PlaceKind;
  country: string | null;
  point: LonLat;
}

/** Adds a place no gazetteer has; it can then be chosen for a mention. */
export function addUserPlace(draft: PlaceDraft, today = new Date()): UserPlace {
  const taken = new Set(userPlaces.value.map((p) => p.id));
  const place: UserPlace = {
    id: userPlaceId(draft.name, taken),
    name: draft.name.trim(),
    kind: draft.kind,
    country: draft.country,
    point: [round6(draft.point[0]), round6(draft.point[1])],
    provenance: userProvenance(today.toISOString().slice(0, 10)),
  };
  change({ ...pending.value, places: [...pending.value.places, place] });
  return place;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
