/**
 * Corrections as data: data/corrections/<source-id>.json is read with its problems, each
 * correction re-anchored in the source's text as it is now (never applied to other words) and
 * applied to the geoparser's mentions, which then say how they came to be (their status).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorCorrection } from '../../../src/pipeline/corrections/anchor.ts';
import { parseCorrectionsFile } from '../../../src/pipeline/corrections/parse.ts';
import { checkUserPlaces } from '../../../src/pipeline/corrections/user-places.ts';
import { annotateSource } from '../../../src/pipeline/dataset/annotate.ts';
import { runBuild } from '../../../src/pipeline/orchestration/build.ts';
import { formatProblem, ProblemsError } from '../../../src/pipeline/problems.ts';
import { checkSourceFiles } from '../../../src/pipeline/sources/read.ts';
import type { Source } from '../../../src/pipeline/sources/types.ts';
import {
  type Correction,
  type CorrectionAction,
  correctionAt,
  serializeCorrections,
  serializeUserPlaces,
  type UserPlace,
  userProvenance,
} from '../../../src/shared/corrections.ts';
import type { MentionCollection, MentionFeature, PlaceFeature } from '../../../src/shared/types.ts';
import { fakeGeoparser } from './fake-geoparser.ts';

const BODY =
  'Fighting was reported near Kabul on Monday. Officials in Kandahar said the road to ' +
  'Kabul was closed, and a convoy from Pakistan turned back at the border.\n';

function source(body: string, id = 'report'): Source {
  const content = `---\nid: ${id}\ntitle: A report\n---\n${body}`;
  const { sources, problems } = checkSourceFiles([
    { file: `data/sources/${id}.txt`, bytes: new TextEncoder().encode(content) },
  ]);
  expect(problems).toEqual([]);
  return sources[0]!;
}

/** A correction of the nth occurrence of `words` in BODY. */
function correct(words: string, action: CorrectionAction, place?: string, nth = 0): Correction {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = BODY.indexOf(words, at + 1);
  return correctionAt(BODY, at, at + words.length, action, place);
}

/** The corrections as the file the app writes, read back as the build reads it. */
function placed(list: Correction[], id = 'report') {
  const file = `data/corrections/${id}.json`;
  const parsed = parseCorrectionsFile(
    file,
    serializeCorrections({ source: id, corrections: list }),
  );
  expect(parsed.problems).toEqual([]);
  return parsed.corrections;
}

function annotate(body: string, list: Correction[]) {
  return annotateSource(source(body), fakeGeoparser(), placed(list));
}

const summary = (a: ReturnType<typeof annotate>) =>
  a.mentions.map(
    (m) =>
      `${m.properties.text}@${m.properties.start}=${m.properties.placeId} ${m.properties.status}`,
  );

describe('anchoring a correction', () => {
  const second = correct('Kabul', 'choose-place', 'admin1:AF-KAB', 1);

  it('finds the same words when the source is edited before and after them', () => {
    const edited = `An update, added later. ${BODY.replace('the border', 'the Torkham border crossing')}`;
    const anchor = anchorCorrection(edited, second);
    const moved =
      BODY.indexOf('Kabul', BODY.indexOf('Kabul') + 1) + 'An update, added later. '.length;
    expect(anchor).toEqual({ ok: true, start: moved, end: moved + 5, moved: true });
  });

  it('applies to the same words after the edit, not to the other "Kabul"', () => {
    const edited = `An update, added later. ${BODY.replace('a convoy', 'a long convoy')}`;
    const a = annotate(edited, [second]);
    const shift = 'An update, added later. '.length;
    const first = BODY.indexOf('Kabul') + shift;
    const other = BODY.indexOf('Kabul', BODY.indexOf('Kabul') + 1) + shift;
    expect(summary(a)).toEqual([
      `Kabul@${first}=geonames:1138958 automatic`,
      `Kandahar@${BODY.indexOf('Kandahar') + shift}=geonames:1138336 automatic`,
      `Kabul@${other}=admin1:AF-KAB corrected`,
      `Pakistan@${BODY.indexOf('Pakistan') + shift + 5}=country:PK automatic`,
    ]);
    expect(a.problems).toEqual([]);
  });

  it('reports a correction whose words were deleted, naming its file and line, and applies it nowhere', () => {
    const edited = BODY.replace('the road to Kabul was closed', 'the roads were closed');
    const a = annotate(edited, [correct('Kandahar', 'accept', 'geonames:1138336'), second]);
    expect(a.mentions.map((m) => m.properties.status)).toEqual([
      'automatic',
      'reviewed',
      'automatic',
    ]);
    expect(a.mentions[0]!.properties.placeId).toBe('geonames:1138958');
    expect(a.problems.map(formatProblem)).toEqual([
      'data/corrections/report.json:5:5: warning: the words "Kabul" are in the source, but not in the context they were corrected in (before "ls in Kandahar said the road to ", after " was closed, and a convoy from P"); the correction "choose-place" of "Kabul" was not applied (correct the words again, or edit or remove this entry)',
    ]);
  });

  it('does not trust the offsets alone: other words that happen to land there are not the same', () => {
    const before = 'Fighting near Kabul today.';
    const c = correctionAt(before, 14, 19, 'not-a-place');
    const anchor = anchorCorrection('Refugees left Kabul for Paris.', c);
    expect(anchor.ok).toBe(false);
  });

  it('reports words that are gone altogether', () => {
    const anchor = anchorCorrection(
      BODY.replace('Pakistan', 'the east'),
      correct('Pakistan', 'not-a-place'),
    );
    expect(anchor).toEqual({
      ok: false,
      reason: 'the words "Pakistan" are no longer in the source',
    });
  });

  it('refuses words that now match their context equally well in two places', () => {
    const c = correct('Kabul', 'not-a-place');
    const twice = `${BODY.slice(0, 60)} ${BODY.slice(0, 60)}`;
    const anchor = anchorCorrection(twice, { ...c, start: 500, end: 505 });
    expect(anchor).toMatchObject({ ok: false });
    expect(!anchor.ok && anchor.reason).toMatch(/equally well in 2 places/);
  });
});

describe('applying corrections', () => {
  it('gives a mention another place, removes one that is no place, adds a missed one, and marks a reviewed one', () => {
    const a = annotate(BODY, [
      correct('Kabul', 'choose-place', 'admin1:AF-KAB'),
      correct('Pakistan', 'not-a-place'),
      correct('Monday', 'add-mention', 'country:FR'),
      correct('Kandahar', 'accept', 'geonames:1138336'),
    ]);
    expect(summary(a)).toEqual([
      `Kabul@${BODY.indexOf('Kabul')}=admin1:AF-KAB corrected`,
      `Monday@${BODY.indexOf('Monday')}=country:FR added`,
      `Kandahar@${BODY.indexOf('Kandahar')}=geonames:1138336 reviewed`,
      `Kabul@${BODY.lastIndexOf('Kabul')}=geonames:1138958 automatic`,
    ]);
    // What the geoparser had said stays an alternative; a reader's choice is certain.
    const corrected = a.mentions[0]!.properties;
    expect(corrected.alternatives.map((r) => r.id)).toEqual(['geonames:1138958']);
    expect(corrected.confidence).toBe(1);
    expect(a.mentions[1]!.properties.quote).toContain('Monday');
  });

  it('turns an unresolved name into a mention when a place is chosen for it', () => {
    const body = 'The mayor of Springfield spoke.\n';
    const c = correctionAt(body, 13, 24, 'choose-place', 'country:FR');
    const a = annotateSource(source(body), fakeGeoparser(), placed([c]));
    expect(a.unresolved).toEqual([]);
    expect(a.mentions.map((m) => m.properties.status)).toEqual(['corrected']);
  });

  it('reports a place the gazetteer does not know and leaves the mention as it was', () => {
    const a = annotate(BODY, [correct('Pakistan', 'choose-place', 'user:nowhere')]);
    expect(a.mentions.find((m) => m.properties.text === 'Pakistan')?.properties.status).toBe(
      'automatic',
    );
    expect(a.problems[0]?.message).toMatch(
      /expected a place the gazetteer knows, found "user:nowhere"/,
    );
  });
});

describe('corrections files', () => {
  it('reports every malformed entry with its file, line and what was expected', () => {
    const text = [
      '{',
      '  "source": "report",',
      '  "corrections": [',
      '    {"action": "move", "text": "Kabul", "start": 1, "end": 6, "before": "", "after": ""},',
      '    {"action": "not-a-place", "text": "Kabul", "start": 1, "end": 9, "before": "", "after": ""},',
      '    {"action": "choose-place", "text": "Kabul", "start": 1, "end": 6, "before": "", "after": ""}',
      '  ]',
      '}',
    ].join('\n');
    const { problems } = parseCorrectionsFile('data/corrections/report.json', text);
    expect(problems.map(formatProblem)).toEqual([
      'data/corrections/report.json:4:5: error: expected "action" to be one of choose-place, not-a-place, add-mention, accept',
      'data/corrections/report.json:5:5: error: expected "end" - "start" to be the length of "text"',
      'data/corrections/report.json:6:5: error: expected "place" to be a place id like "country:PK"',
    ]);
  });

  it('names the file after its source', () => {
    const { problems } = parseCorrectionsFile(
      'data/corrections/report.json',
      '{"source": "other", "corrections": []}',
    );
    expect(problems.map(formatProblem)).toEqual([
      'data/corrections/report.json:1:12: error: expected "source": "report" (the file\'s name), found "other"',
    ]);
  });

  it('serializes one correction per line, sorted, and reads back the same', () => {
    const list = [
      correct('Pakistan', 'not-a-place'),
      correct('Kabul', 'choose-place', 'admin1:AF-KAB'),
    ];
    const text = serializeCorrections({ source: 'report', corrections: list });
    expect(text.split('\n')).toHaveLength(8);
    expect(placed(list).map((p) => p.correction)).toEqual([list[1], list[0]]);
    expect(serializeCorrections({ source: 'report', corrections: [...list].reverse() })).toBe(text);
  });
});

describe('the build with data/corrections', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'citemap-corrections-'));
    mkdirSync(path.join(work, 'data', 'sources'), { recursive: true });
    mkdirSync(path.join(work, 'data', 'corrections'), { recursive: true });
    writeFileSync(
      path.join(work, 'data', 'sources', 'report.txt'),
      `---\nid: report\ntitle: A report\n---\n${BODY}`,
    );
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const build = (report: (line: string) => void = () => {}) =>
    runBuild({
      sourcesDir: path.join(work, 'data', 'sources'),
      outDir: path.join(work, 'public', 'data'),
      root: work,
      geoparser: fakeGeoparser(),
      report,
    });
  const writeCorrections = (name: string, text: string) =>
    writeFileSync(path.join(work, 'data', 'corrections', name), text);
  const mentions = (): MentionCollection =>
    JSON.parse(readFileSync(path.join(work, 'public', 'data', 'mentions.geojson'), 'utf8'));

  it('applies the corrections beside the sources and says how many in its summary', async () => {
    writeCorrections(
      'report.json',
      serializeCorrections({
        source: 'report',
        corrections: [
          correct('Pakistan', 'not-a-place'),
          correct('Kabul', 'choose-place', 'admin1:AF-KAB'),
        ],
      }),
    );
    const summary = await build();
    expect(summary.corrected).toBe(1);
    expect(mentions().features.map((f) => [f.properties.text, f.properties.status])).toEqual([
      ['Kabul', 'corrected'],
      ['Kandahar', 'automatic'],
      ['Kabul', 'automatic'],
    ]);
  });

  it('stops on a malformed corrections file, with every problem, and writes nothing', async () => {
    writeCorrections('report.json', '{"source": "report", "corrections": [1]}');
    writeCorrections('Bad Name.json', '{}');
    const error = await build().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemsError);
    expect((error as ProblemsError).message.split('\n')).toEqual([
      'data/corrections/Bad Name.json:1:1: error: expected the file to be named after a source id (lower-case letters, digits and hyphens), found "Bad Name.json"',
      'data/corrections/report.json:1:38: error: expected an object',
    ]);
  });

  it('warns of corrections for a source that is not there', async () => {
    writeCorrections('gone.json', '{"source": "gone", "corrections": []}');
    const lines: string[] = [];
    await build((line) => lines.push(line));
    expect(lines).toEqual([
      'data/corrections/gone.json:1:1: warning: expected a source with id "gone", found none; its corrections were not applied',
    ]);
  });
});

describe('places added by hand (data/user-places.json)', () => {
  const file = 'data/user-places.json';
  const check = (places: UserPlace[]) =>
    checkUserPlaces(file, serializeUserPlaces(places), fakeGeoparser());
  const spina: UserPlace = {
    id: 'user:spina-shaga',
    name: 'Spina Shaga',
    kind: 'city',
    country: 'AF',
    point: [66.5, 33.5],
    provenance: userProvenance('2026-12-04'),
  };

  it('are read as places the corrections may choose, with their provenance', () => {
    const { entries, problems } = check([spina]);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({
      id: 'user:spina-shaga',
      point: [66.5, 33.5],
      parents: ['country:AF'],
      provenance: 'added by the user, 2026-12-04',
    });
  });

  it('pass the curated gazetteer’s checks (range, inside the country, duplicate ids), or are left out with a warning', () => {
    const { entries, problems } = check([
      { ...spina, point: [66.5, 95] },
      { ...spina, id: 'user:far', point: [2.35, 48.85] },
      { ...spina, id: 'user:far' },
      { ...spina, id: 'user:good' },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['user:good']);
    expect(problems.map(formatProblem)).toEqual([
      'data/user-places.json:4:11: warning: expected a unique id, found "user:far" again (first at data/user-places.json:3:11); this place was left out',
      'data/user-places.json:6:94: warning: expected a latitude in [-90, 90], found 95; this place was left out',
      'data/user-places.json:3:80: warning: expected a point inside AF (within 25 km), found [2.35, 48.85], 4835 km outside it; this place was left out',
    ]);
  });

  it('point out a place the gazetteer already has there under that name', () => {
    const { problems } = check([
      { ...spina, id: 'user:kabul', name: 'Kabul', point: [69.18, 34.52] },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /warning: expected a place the gazetteer lacks, found that it has "Kabul" \(geonames:1138958\) within 25 km/,
      ),
    ]);
  });

  it('are built: a missed mention added with a place added by hand', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'citemap-user-places-'));
    try {
      mkdirSync(path.join(work, 'data', 'sources'), { recursive: true });
      mkdirSync(path.join(work, 'data', 'corrections'));
      const body = 'Elders met in Spina Shaga, near the border.\n';
      writeFileSync(
        path.join(work, 'data', 'sources', 'village.txt'),
        `---\nid: village\ntitle: V\n---\n${body}`,
      );
      writeFileSync(path.join(work, 'data', 'user-places.json'), serializeUserPlaces([spina]));
      const c = correctionAt(body, 14, 25, 'add-mention', 'user:spina-shaga');
      writeFileSync(
        path.join(work, 'data', 'corrections', 'village.json'),
        serializeCorrections({ source: 'village', corrections: [c] }),
      );
      const outDir = path.join(work, 'public', 'data');
      await runBuild({
        sourcesDir: path.join(work, 'data', 'sources'),
        outDir,
        root: work,
        geoparser: fakeGeoparser(),
        report: () => {},
      });
      const read = (name: string) => JSON.parse(readFileSync(path.join(outDir, name), 'utf8'));
      expect(
        read('mentions.geojson').features.map((f: MentionFeature) => [
          f.properties.text,
          f.properties.placeId,
          f.properties.status,
        ]),
      ).toEqual([['Spina Shaga', 'user:spina-shaga', 'added']]);
      const place = read('places.geojson').features.find(
        (f: PlaceFeature) => f.id === 'user:spina-shaga',
      );
      expect(place.properties.provenance).toBe('added by the user, 2026-12-04');
      expect(place.geometry).toEqual({ type: 'Point', coordinates: [66.5, 33.5] });
      expect(read('corrections.json')).toEqual({
        version: 1,
        sources: { village: [c] },
        places: [spina],
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
