/**
 * Adding one source to the sources folder: a file, a URL, uploaded bytes or pasted text →
 * read → prepared → written as `<id>.txt` in one step (never half-written), refusing an id
 * already taken unless `replace`. The one path `npm run add` and the map's "Add source"
 * dialog share.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../fs/replace-file.ts';
import { parseFrontMatter } from '../sources/frontmatter.ts';
import { readRegularFile } from '../sources/read-file.ts';
import { fileStem } from '../sources/rules/id-file-name.ts';
import { DOWNLOAD_LIMITS, type DownloadLimits, download } from './download.ts';
import { FORMATS_SHOWN, formatOfFile } from './formats.ts';
import { type PreparedSource, prepareSource } from './prepare.ts';
import { readDocument } from './read.ts';
import { type IncomingDocument, IngestError } from './types.ts';

export type AddInput =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  /** Bytes uploaded with their file name (the dialog's dropped files). */
  | { kind: 'upload'; name: string; bytes: Uint8Array }
  | { kind: 'text'; title: string; text: string };

export interface AddOptions {
  sourcesDir: string;
  replace?: boolean;
  dryRun?: boolean;
  id?: string;
  limits?: DownloadLimits;
  /** Called with the file name before it is written; throws to refuse it (the dev server's path check). */
  checkTarget?: (fileName: string) => void;
  /** Ids already in the folder (see `takenIds`); kept up to date as sources are added. */
  taken?: Map<string, string>;
}

/** The id a document would get is another source's; each front end says what to do. */
export class IdTakenError extends IngestError {
  constructor(
    readonly id: string,
    /** The file holding it; replacing is possible only when it is `<id>.txt` itself. */
    readonly holder: string,
  ) {
    super(
      holder === `${id}.txt`
        ? `expected a new id, found '${id}' already taken by ${holder}`
        : `expected a new id, found '${id}' already declared by ${holder}`,
    );
    this.name = 'IdTakenError';
  }

  get replaceable(): boolean {
    return this.holder === `${this.id}.txt`;
  }
}

export interface Added extends PreparedSource {
  /** The file written (or that would be), absolute. */
  file: string;
  /** An existing source of that id was replaced. */
  replaced: boolean;
  written: boolean;
}

/** id → file name of every source in the folder (by its `id:` field, else its file name). */
export async function takenIds(sourcesDir: string): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  let names: string[];
  try {
    names = (await readdir(sourcesDir)).filter((n) => n.endsWith('.txt') && !n.startsWith('.'));
  } catch {
    return taken;
  }
  for (const name of names.sort()) {
    taken.set(name.slice(0, -'.txt'.length), name);
    try {
      const content = await readFile(path.join(sourcesDir, name), 'utf8');
      const id = parseFrontMatter(content).fields.find((f) => f.key === 'id')?.value;
      if (id) taken.set(id, name);
    } catch {
      // Unreadable sources are the build's to report.
    }
  }
  return taken;
}

async function incoming(input: AddInput, limits: DownloadLimits): Promise<IncomingDocument> {
  if (input.kind === 'url') return download(input.url, limits);
  if (input.kind === 'text') {
    return { name: 'pasted text', bytes: new TextEncoder().encode(input.text), format: 'text' };
  }
  const name = input.kind === 'file' ? input.path : input.name;
  const format = formatOfFile(name);
  if (format === null) {
    throw new IngestError(
      `expected a file ending in ${FORMATS_SHOWN}, found ${JSON.stringify(path.extname(name) || path.basename(name))}`,
    );
  }
  if (input.kind === 'upload') return { name, bytes: input.bytes, format };
  const read = await readRegularFile(input.path);
  if (!read.ok) throw new IngestError(read.problem);
  return { name, bytes: read.bytes, format };
}

export async function addSource(input: AddInput, options: AddOptions): Promise<Added> {
  const document = await incoming(input, options.limits ?? DOWNLOAD_LIMITS);
  const found = await readDocument(document);
  // A download's own address stands in for a page that names none (and for a PDF's).
  const read = { ...found, meta: { ...found.meta, url: found.meta.url ?? document.url ?? null } };
  const prepared = prepareSource(read, {
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(input.kind === 'text' ? { title: input.title } : {}),
    // A file keeps its name as its id; a page or pasted text is named by its title.
    idHint: input.kind === 'file' || input.kind === 'upload' ? fileStem(document.name) : null,
  });
  const { id } = prepared.fields;
  const file = path.join(options.sourcesDir, `${id}.txt`);
  const taken = options.taken ?? (await takenIds(options.sourcesDir));
  const holder = taken.get(id);
  if (holder !== undefined && (holder !== `${id}.txt` || !options.replace)) {
    throw new IdTakenError(id, holder);
  }
  options.checkTarget?.(`${id}.txt`);
  if (!options.dryRun) {
    await mkdir(options.sourcesDir, { recursive: true });
    try {
      await writeFileAtomically(file, prepared.content, { replace: options.replace === true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new IdTakenError(id, `${id}.txt`);
      }
      throw error;
    }
  }
  // Taken in a dry run too, so it shows the clashes within a batch that a real run would meet.
  taken.set(id, `${id}.txt`);
  return { ...prepared, file, replaced: holder !== undefined, written: !options.dryRun };
}
