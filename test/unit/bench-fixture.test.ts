import { describe, expect, it } from 'vitest';
import { largeFixture } from '../e2e/fixtures/generate.ts';

// bench:map reports its figures "at 100,000 mentions over 5,000 places": every place of the
// generated set must be cited, or the map draws fewer places than it says.
describe('the benchmark’s large fixture', () => {
  it('cites every place it has, from many sources', async () => {
    const fixture = await largeFixture(20_000, 1_000);
    expect(fixture.places).toHaveLength(1_000);
    const uncited = fixture.places.filter((p) => p.properties.mentionCount === 0);
    expect(uncited.map((p) => p.properties.id)).toEqual([]);
    expect(new Set(fixture.mentions.map((m) => m.properties.sourceId)).size).toBe(200);
  }, 60_000);
});
