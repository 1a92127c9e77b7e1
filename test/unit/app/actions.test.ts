import { describe, expect, it } from 'vitest';
import {
  closeReader,
  openPlace,
  openReader,
  reader,
  selectedSources,
  selectPlace,
  showEverything,
  yearFrom,
  yearTo,
} from '../../../src/app/state.ts';

describe('actions', () => {
  it('open and close a place and the reader', () => {
    selectPlace(3);
    expect(openPlace.value).toBe(3);
    selectPlace(null);
    expect(openPlace.value).toBeNull();
    openReader(1, 40);
    expect(reader.value).toEqual({ source: 1, offset: 40 });
    closeReader();
    expect(reader.value).toBeNull();
  });

  it('show every source and year again', () => {
    selectedSources.value = new Set([0]);
    yearFrom.value = 2001;
    yearTo.value = 2002;
    showEverything();
    expect([selectedSources.value, yearFrom.value, yearTo.value]).toEqual([null, null, null]);
  });
});
