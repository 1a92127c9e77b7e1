/** The actions the views call, run on the real signals without a browser. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/filters.ts';
import {
  dismissAddedPlace,
  lastAddedPlace,
  placingPlace,
  setPlacePoint,
  startPlacingPlace,
} from '../../../src/app/model/add-place.ts';
import { DataError } from '../../../src/app/parse-data.ts';
import {
  closeReader,
  data,
  dataFailed,
  dataLoaded,
  histogram,
  loadError,
  openPlace,
  openReader,
  pickYear,
  placeQuery,
  rankedPlaces,
  reader,
  selectedSources,
  selectPlace,
  setPlaceQuery,
  setSourceShown,
  setUnresolved,
  setYearMode,
  showAllSources,
  showAllYears,
  showEverything,
  showNoSources,
  sourceCounts,
  typeYear,
  unresolved,
  yearFrom,
  yearMode,
  yearTo,
} from '../../../src/app/state.ts';
import { mention, place, source } from './helpers.ts';

// Published 2015–2022; the mentions refer to 2001–2003.
const index = buildIndex(
  [place('kabul', 'city'), place('herat', 'city')],
  [source('a', 2015), source('b', 2022)],
  [mention('a', 'kabul', 2015, [2001]), mention('b', 'herat', 2022, [2003])],
);

beforeEach(() => {
  dataLoaded(index);
  setYearMode('published');
  showEverything();
  setPlaceQuery('');
});

describe('loading', () => {
  it('shows the data once loaded', () => {
    data.value = null;
    dataLoaded(index);
    expect(data.value).toBe(index);
  });

  it('gives a DataError its own words, and anything else a plain reason', () => {
    dataFailed(new DataError('places.geojson: not JSON'));
    expect(loadError.value).toBe('places.geojson: not JSON');
    dataFailed(new TypeError('fetch failed'));
    expect(loadError.value).toBe('the data could not be read');
  });

  it('keeps the names not placed', () => {
    const list = [
      {
        sourceId: 'a',
        text: 'Zaranj',
        start: 0,
        end: 6,
        line: 1,
        quote: 'In Zaranj.',
        reason: 'not in the gazetteer',
        candidates: [],
      },
    ];
    setUnresolved(list);
    expect(unresolved.value).toBe(list);
  });
});

describe('the source filter', () => {
  it('shows no source, then every source again', () => {
    showNoSources();
    expect(selectedSources.value).toEqual(new Set());
    showAllSources();
    expect(selectedSources.value).toBeNull();
  });
  it('counts per source again only when the years change, and per year only when the sources do', () => {
    const perSource = sourceCounts.value;
    const perYear = histogram.value;
    setSourceShown(0, false);
    // The list's rows keep the counts they were given, so none of them is rendered again.
    expect(sourceCounts.value).toBe(perSource);
    expect(histogram.value).not.toBe(perYear);
    const afterTick = histogram.value;
    pickYear(2022, false);
    expect(histogram.value).toBe(afterTick);
    expect([...sourceCounts.value]).toEqual([0, 1]);
  });
});

describe('the year filter', () => {
  it('takes a typed year, clamped to the years there are, and keeps the range in order', () => {
    typeYear('to', '2017');
    expect([yearFrom.value, yearTo.value]).toEqual([null, 2017]);
    typeYear('from', '2019');
    expect([yearFrom.value, yearTo.value]).toEqual([2019, 2019]);
    typeYear('to', '1900');
    expect([yearFrom.value, yearTo.value]).toEqual([2015, 2015]);
  });

  it('opens an end that is cleared or reaches the edge', () => {
    typeYear('from', '2018');
    typeYear('from', '');
    expect(yearFrom.value).toBeNull();
    typeYear('to', '2030');
    expect(yearTo.value).toBeNull();
  });

  it('selects a clicked year, and stretches the range on a shift-click', () => {
    pickYear(2018, false);
    expect([yearFrom.value, yearTo.value]).toEqual([2018, 2018]);
    pickYear(2020, true);
    expect([yearFrom.value, yearTo.value]).toEqual([2018, 2020]);
    pickYear(2022, true);
    expect([yearFrom.value, yearTo.value]).toEqual([2018, null]);
  });

  it('reads the years of the mode chosen', () => {
    setYearMode('referenced');
    expect(yearMode.value).toBe('referenced');
    pickYear(2002, false);
    expect([yearFrom.value, yearTo.value]).toEqual([2002, 2002]);
    typeYear('to', '2010');
    expect(yearTo.value).toBeNull();
  });

  it('shows every year again', () => {
    pickYear(2018, false);
    showAllYears();
    expect([yearFrom.value, yearTo.value]).toEqual([null, null]);
  });
});

describe('place search', () => {
  it('lists only the places matching the query', () => {
    setPlaceQuery('her');
    expect(placeQuery.value).toBe('her');
    expect(Array.from(rankedPlaces.value, (p) => index.places[p]!.properties.id)).toEqual([
      'herat',
    ]);
  });
});

describe('adding a place', () => {
  it('takes the map centre, or none, as the first point', () => {
    startPlacingPlace();
    setPlacePoint([66, 33]);
    expect(placingPlace.value).toEqual({ point: [66, 33] });
    setPlacePoint(null);
    expect(placingPlace.value).toEqual({ point: null });
  });

  it('closes the note about the place just added', () => {
    lastAddedPlace.value = { id: 'user:x' } as never;
    dismissAddedPlace();
    expect(lastAddedPlace.value).toBeNull();
  });
});

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
