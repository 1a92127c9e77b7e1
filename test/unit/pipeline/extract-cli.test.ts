/**
 * `npm run extract` end to end: the real CLI (and the real geoparser) on temp files.
 * The first run may build the gazetteer cache, hence the long timeout.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractProperties } from '../../../src/shared/types.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'src/pipeline/cli/extract.ts');
/** How `npm run extract` runs it (from its bundle). */
const RUN = [path.join(ROOT, 'src/pipeline/cli/run-bundled.mjs'), CLI];
type Extracted = FeatureCollection<Point | null, ExtractProperties>;

let dir: string;

async function extract(
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...RUN, ...args], {
      cwd: ROOT,
      maxBuffer: 64 << 20,
      // A hung extract (a FIFO read for ever) must fail the test, not the whole run.
      timeout: 120_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

function expectOffsets(content: string, collection: Extracted): void {
  for (const f of collection.features) {
    const p = f.properties;
    expect(content.slice(p.start, p.end)).toBe(p.text);
    expect(p.quote).toContain(p.text);
    expect(Object.keys(p).sort()).toEqual([
      'alternatives',
      'confidence',
      'country',
      'end',
      'kind',
      'name',
      'placeId',
      'quote',
      'start',
      'text',
    ]);
    if (p.placeId === null) expect(f.geometry).toBeNull();
    else expect(f.geometry?.type).toBe('Point');
  }
}

const PLAIN =
  'Fighters moved from Kandahar to Kabul in 2001. Officials later met in Islamabad, Pakistan.\n\n' +
  'The talks were held in Doha, Qatar. 😀 Emoji and accents (Peshāwar) shift UTF-16 offsets; Kabul again.\n\n' +
  'Sign up to our newsletter\n\nExample Institute\n12 Rue Exemple, 75009 Paris - France\nTel. : 33 1 00 00 00 00\n';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'citemap-extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract CLI', () => {
  it('prints one FeatureCollection with offsets into the file as read', async () => {
    const file = path.join(dir, 'plain.txt');
    writeFileSync(file, PLAIN);
    const { stdout, code } = await extract(file);
    expect(code).toBe(0);
    const collection = JSON.parse(stdout) as Extracted;
    expect(collection.type).toBe('FeatureCollection');
    expectOffsets(PLAIN, collection);
    const texts = collection.features.map((f) => f.properties.text);
    expect(texts).toEqual(expect.arrayContaining(['Kandahar', 'Kabul', 'Islamabad', 'Pakistan']));
    // The address footer is page furniture: Paris and France are not mapped.
    expect(texts).not.toContain('Paris');
    expect(texts).not.toContain('France');
    const kabul = collection.features.find((f) => f.properties.text === 'Kabul');
    expect(kabul?.properties).toMatchObject({ country: 'AF' });
    const [lon, lat] = kabul?.geometry?.coordinates ?? [];
    expect(lon).toBeGreaterThan(68);
    expect(lat).toBeGreaterThan(34);
  }, 600_000);

  it('counts offsets over the whole content when the file has front matter (CRLF too)', async () => {
    const content = `---\r\nid: with-meta\r\ntitle: "With meta"\r\n---\r\n${PLAIN.replace(/\n/g, '\r\n')}`;
    const file = path.join(dir, 'meta.txt');
    writeFileSync(file, content);
    const { stdout, code } = await extract(file);
    expect(code).toBe(0);
    const collection = JSON.parse(stdout) as Extracted;
    expectOffsets(content, collection);
    expect(
      collection.features.every((f) => f.properties.start > content.indexOf('---\r\nFighters')),
    ).toBe(true);
  }, 600_000);

  it('writes DIR/<file name>.json for each file with --out', async () => {
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    writeFileSync(a, 'Kabul is far from Paris.');
    writeFileSync(b, 'Nothing here.');
    const out = path.join(dir, 'out');
    const { stdout, code } = await extract('--out', out, a, b);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const ca = JSON.parse(readFileSync(path.join(out, 'a.txt.json'), 'utf8')) as Extracted;
    expectOffsets('Kabul is far from Paris.', ca);
    expect(ca.features.length).toBeGreaterThanOrEqual(2);
    const cb = JSON.parse(readFileSync(path.join(out, 'b.txt.json'), 'utf8')) as Extracted;
    expect(cb.features).toEqual([]);
  }, 600_000);

  it('writes compact JSON, and the same data indented with --pretty', async () => {
    const file = path.join(dir, 'compact.txt');
    writeFileSync(file, PLAIN);
    const compact = await extract(file);
    const pretty = await extract('--pretty', file);
    expect([compact.code, pretty.code]).toEqual([0, 0]);
    // One line: no indentation, no line break but the last.
    expect(compact.stdout.indexOf('\n')).toBe(compact.stdout.length - 1);
    expect(compact.stdout).toBe(`${JSON.stringify(JSON.parse(compact.stdout))}\n`);
    expect(pretty.stdout).toBe(`${JSON.stringify(JSON.parse(compact.stdout), null, 2)}\n`);
    const out = path.join(dir, 'out-pretty');
    expect((await extract('--pretty', '--out', out, file)).code).toBe(0);
    expect(readFileSync(path.join(out, 'compact.txt.json'), 'utf8')).toBe(pretty.stdout);
  }, 600_000);

  it('fails with a message on stderr for a missing file or one that is not UTF-8', async () => {
    const missing = await extract(path.join(dir, 'nope.txt'));
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/nope\.txt:1:1: error: expected a file, found nothing there/);
    const latin1 = path.join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const bad = await extract(latin1);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /latin1\.txt:1:4: error: expected UTF-8 text, found invalid byte 0xe9/,
    );
  }, 600_000);

  it('refuses a FIFO, a device and a directory, each at file:1:1, without hanging', async () => {
    const special = mkdtempSync(path.join(dir, 'special-'));
    const fifo = path.join(special, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(special, 'zero.txt');
    symlinkSync('/dev/zero', zero);
    const folder = path.join(special, 'x.txt');
    mkdirSync(folder);
    const r = await extract('--out', path.join(special, 'out'), fifo, zero, folder);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${fifo}:1:1: error: expected a regular text file, found a named pipe (FIFO)`,
    );
    expect(r.stderr).toContain(
      `${zero}:1:1: error: expected a regular text file, found a character device`,
    );
    expect(r.stderr).toContain(
      `${folder}:1:1: error: expected a regular text file, found a directory`,
    );
  }, 600_000);

  it('rejects bad usage', async () => {
    const r = await extract();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  }, 600_000);

  it.each([
    [['--ouput', 'x', 'a.txt'], /unknown option --ouput/],
    [['--out', '--help', 'a.txt'], /expected a directory after --out, found the option --help/],
    [['--out'], /expected a directory after --out/],
  ])(
    'rejects %j with the usage line',
    async (args, message) => {
      const r = await extract(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/usage: npm run --silent extract --/);
    },
    600_000,
  );

  it('reads standard input for -', async () => {
    const child = execFile(process.execPath, [...RUN, '-'], { cwd: ROOT, timeout: 120_000 });
    child.stdin?.end('Fighters moved from Kandahar to Kabul in 2001.');
    let stdout = '';
    child.stdout?.on('data', (d: string) => {
      stdout += d;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const collection = JSON.parse(stdout) as Extracted;
    expect(collection.features.map((f) => f.properties.text)).toEqual(['Kandahar', 'Kabul']);
  }, 600_000);
});
