/**
 * A TypeScript entry module and everything it imports as plain JavaScript, built once with
 * esbuild (the compiler tsx itself uses) and kept under .cache/bundles/, rebuilt when one of
 * its inputs changes. Loading one bundle takes a fraction of the time the TypeScript loader
 * needs for the same module graph (over a second per thread for the geoparser's), so worker
 * threads load their module this way (worker-pool.ts), and so does `npm run extract` itself
 * (run-bundled.mjs). Plain JavaScript because it runs before any TypeScript can be loaded.
 *
 * Modules imported with `import()` become chunks of their own, loaded only when that import
 * runs (the document readers, the gazetteer build). `import.meta.url` in the project's own
 * modules keeps meaning the module's own file, so paths built from it still point into src/.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BUNDLE_DIR = fileURLToPath(new URL('../../.cache/bundles/', import.meta.url));
const DAY_MS = 24 * 60 * 60 * 1000;

/** @param {string | Buffer} bytes */
const sha = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Under a temporary name, then renamed: a run starting never reads a half-written file. */
function writeWhole(/** @type {string} */ file, /** @type {string} */ content) {
  const temporary = `${file}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * Which bundle was built from which inputs: file → [size, mtime, content hash]. An input whose
 * size and mtime are unchanged is taken as unchanged (as make and git do); otherwise its
 * content decides.
 * @typedef {{ bundle: string, entry: string, inputs: Record<string, [number, number, string]> }} BundleRecord
 */

/** @returns {string | null} the entry file of the bundle built before, if still up to date */
function upToDate(/** @type {string} */ recordFile) {
  try {
    /** @type {BundleRecord} */
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    const entry = path.join(BUNDLE_DIR, record.bundle, record.entry);
    if (!existsSync(entry)) return null;
    for (const [input, [size, mtime, hash]] of Object.entries(record.inputs)) {
      const stats = statSync(input);
      if (stats.size === size && stats.mtimeMs === mtime) continue;
      if (sha(readFileSync(input)) !== hash) return null;
    }
    return entry;
  } catch {
    return null;
  }
}

/**
 * Written as a pattern, and the banner below in pieces, so that this module, when bundled
 * itself (into run-bundled's bundle), is not rewritten by its own plugin.
 */
const META_URL = /\bimport\.meta\.url\b/;
const OWN_URL = ['import', 'meta', 'url'].join('.');

/** esbuild plugin: `import.meta.url` in a project module is that module's URL, not the bundle's. */
const ownModuleUrls = {
  name: 'own-module-urls',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const code = readFileSync(args.path, 'utf8');
      if (!META_URL.test(code)) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const extension = path.extname(args.path);
      return {
        contents: code.replace(new RegExp(META_URL, 'g'), url),
        loader: extension.includes('t') ? (extension.endsWith('x') ? 'tsx' : 'ts') : 'js',
      };
    });
  },
};

/** How modules are bundled, and so what counts as a module's code (moduleInputs). */
const BUILD_OPTIONS = /** @type {const} */ ({
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20 has Unicode property escapes (\p{L}); lowered, every such pattern in a function
  // would be compiled again at each call (`new RegExp(…)`).
  supported: { 'regexp-unicode-property-escapes': true },
  // Packages are bundled too (tree-shaken: @turf/turf whole is hundreds of modules to load),
  // except esbuild, which finds its own binary from its place in node_modules.
  external: ['esbuild'],
  write: false,
  metafile: true,
  logLevel: 'silent',
});

/**
 * The files the given modules are built from: themselves and every module and package file
 * they import (statically or with import(), not type-only imports), transitively, sorted —
 * what a bundle of them is made of, as esbuild resolves it. The build cache keys its results
 * with it (fs/cache.ts), so a key changes whenever that code does.
 * @param {readonly string[]} entries paths of modules
 * @returns {string[]} absolute paths
 */
export function moduleInputs(entries) {
  // Loaded when needed (a run from an up-to-date bundle never needs it), and synchronously.
  /** @type {typeof import('esbuild')} */
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  const built = buildSync({
    ...BUILD_OPTIONS,
    entryPoints: entries.map((e) => path.resolve(e)),
    outdir: BUNDLE_DIR,
  });
  return Object.keys(built.metafile.inputs)
    .map((input) => path.resolve(input))
    .sort();
}

/**
 * The bundle of `module` (a .ts file): the URL of its entry file, built now if none is up to
 * date (a few milliseconds to check; about a second to build).
 * @param {URL} module
 * @returns {Promise<URL>}
 */
export async function bundleModule(module) {
  const source = fileURLToPath(module);
  // Named after the file and its place, so two entries with one file name never share a bundle.
  const name = `${path.basename(source).replace(/\.tsx?$/, '')}-${sha(source).slice(0, 8)}`;
  const recordFile = path.join(BUNDLE_DIR, `${name}.inputs.json`);
  const cached = upToDate(recordFile);
  if (cached !== null) return pathToFileURL(cached);
  const { build } = await import('esbuild');
  const built = await build({
    ...BUILD_OPTIONS,
    entryPoints: { [name]: source },
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    // Some packages (the PDF reader) call require(); an ES module has none of its own.
    banner: {
      js: `import { createRequire as __cr } from 'node:module'; const require = __cr(${OWN_URL});`,
    },
    plugins: [ownModuleUrls],
  });
  const files = built.outputFiles.map((f) => ({
    name: path.relative(BUNDLE_DIR, f.path),
    text: f.text,
  }));
  const bundle = `${name}-${sha(files.map((f) => `${f.name}\n${f.text}`).join('\n'))}`;
  const dir = path.join(BUNDLE_DIR, bundle);
  mkdirSync(BUNDLE_DIR, { recursive: true });
  // Content-addressed and moved into place whole: a run starting its threads never reads a
  // bundle another run is writing.
  if (!existsSync(dir)) {
    const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(temporary);
    for (const f of files) writeFileSync(path.join(temporary, f.name), f.text);
    try {
      renameSync(temporary, dir);
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another run put the same one there
    }
  }
  /** @type {BundleRecord['inputs']} */
  const inputs = {};
  // The bundler counts too: this file (its options) and esbuild's version.
  const bundler = [
    fileURLToPath(import.meta.url),
    createRequire(import.meta.url).resolve('esbuild/package.json'),
  ];
  for (const input of [...Object.keys(built.metafile.inputs), ...bundler]) {
    const absolute = path.resolve(input);
    const stats = statSync(absolute);
    inputs[absolute] = [stats.size, stats.mtimeMs, sha(readFileSync(absolute))];
  }
  const entry = `${name}.mjs`;
  writeWhole(recordFile, JSON.stringify(/** @type {BundleRecord} */ ({ bundle, entry, inputs })));
  // Bundles of older code: kept a day, since a run started before an edit may still load one.
  for (const old of readdirSync(BUNDLE_DIR)) {
    const stale = path.join(BUNDLE_DIR, old);
    if (
      old.startsWith(`${name}-`) &&
      old !== bundle &&
      statSync(stale).mtimeMs < Date.now() - DAY_MS
    )
      rmSync(stale, { recursive: true, force: true });
  }
  return pathToFileURL(path.join(dir, entry));
}
