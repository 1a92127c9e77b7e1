import { describe, expect, it } from 'vitest';
import { hasOwnQuotationMarks } from '../../../src/app/components/Quote.tsx';
import { buildIndex } from '../../../src/app/filters.ts';
import { unwrapAntimeridian } from '../../../src/shared/geometry/unwrap-antimeridian.ts';
import { boundsOf, citedBounds } from '../../../src/shared/geometry/view-bounds.ts';
import type { LonLat } from '../../../src/shared/types.ts';
import { place, source } from './helpers.ts';

function cited(id: string, point: LonLat, count: number) {
  const p = place(id, 'city');
  p.geometry = { type: 'Point', coordinates: point };
  p.properties.point = point;
  p.properties.mentionCount = count;
  return p;
}

describe('map helpers', () => {
  it('unwraps a ring that jumps across the antimeridian', () => {
    const ring = [
      [179, 60],
      [-179, 60],
      [-179, 65],
      [179, 65],
      [179, 60],
    ];
    const g = unwrapAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(g.type === 'Polygon' && g.coordinates[0]!.map((p) => p[0])).toEqual([
      179, 181, 181, 179, 179,
    ]);
    const plain = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(unwrapAntimeridian(plain)).toEqual(plain);
  });

  it('fits the view to where most mentions are, not to stray far places', () => {
    const index = buildIndex(
      [
        cited('kabul', [69.2, 34.5], 30),
        cited('kandahar', [65.7, 31.6], 20),
        cited('peshawar', [71.6, 34], 10),
        cited('omar-wv', [-82, 38], 2),
      ],
      [source('s')],
      [],
    );
    const b = citedBounds(index.places)!;
    expect(b[0][0]).toBeGreaterThan(60);
    expect(b[1][0]).toBeLessThan(75);
  });

  it('bounds any geometry', () => {
    expect(
      boundsOf({
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, -4],
        ],
      }),
    ).toEqual([
      [1, -4],
      [3, 2],
    ]);
  });
});

describe('hasOwnQuotationMarks', () => {
  it('tells reported speech, which brings its own marks, from plain sentences', () => {
    expect(hasOwnQuotationMarks('"Al-Qaeda is present in Ghor," he said.')).toBe(true);
    expect(hasOwnQuotationMarks('“The Taliban have leveraged al-Qaeda,” said Kohistani.')).toBe(
      true,
    );
    expect(hasOwnQuotationMarks('Al-Qaeda is present in Ghor.')).toBe(false);
  });
});
