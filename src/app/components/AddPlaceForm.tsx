/**
 * The form for a place no gazetteer has, over the map while adding one: a click on the map
 * sets its point (the fields take typed coordinates too), then its name, kind and country.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PLACE_KINDS, type PlaceKind } from '../../shared/types.ts';
import {
  cancelPlacingPlace,
  dismissAddedPlace,
  draftProblem,
  lastAddedPlace,
  placingPlace,
  savePlace,
  setPlacePoint,
} from '../model/add-place.ts';
import { loadSearchIndex, nearestCountry } from '../model/place-search.ts';
import { KIND_LABEL } from '../model/place-text.ts';

const KINDS: readonly PlaceKind[] = PLACE_KINDS.filter((k) => k !== 'continent');

export function AddPlaceForm({ center }: { center(): [number, number] | null }) {
  const mode = placingPlace.value;
  const added = lastAddedPlace.value;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlaceKind>('city');
  const [country, setCountry] = useState('');
  const [lon, setLon] = useState('');
  const [lat, setLat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const point = mode?.point ?? null;
  useEffect(() => {
    if (!mode) return;
    heading.current?.focus();
    if (!mode.point) setPlacePoint(center());
  }, [mode !== null]);
  useEffect(() => {
    if (!point) return;
    setLon(point[0].toFixed(5));
    setLat(point[1].toFixed(5));
    let live = true;
    // The country of the nearest known town: a guess the reader can change.
    loadSearchIndex().then(
      (index) => live && setCountry(nearestCountry(index, point) ?? ''),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [point?.[0], point?.[1]]);
  if (!mode) {
    if (!added) return null;
    return (
      <p class="map-note" role="status" data-testid="place-added">
        <bdi>{added.name}</bdi> was added. Choose it for a mention: “Correct…” under a quote, or
        select its words in the source reader and “Mark as place”.{' '}
        <button type="button" class="link-button" onClick={dismissAddedPlace}>
          Close
        </button>
      </p>
    );
  }
  const submit = (e: Event) => {
    e.preventDefault();
    const draft = {
      name: name.trim(),
      kind,
      country: country.trim() === '' ? null : country.trim().toUpperCase(),
      point: [Number(lon), Number(lat)] as [number, number],
    };
    const why = draftProblem({
      ...draft,
      point: lon === '' || lat === '' ? undefined : draft.point,
    });
    setProblem(why);
    if (why) return;
    savePlace(draft);
    setName('');
  };
  return (
    <form
      class="add-place"
      data-testid="add-place-form"
      onSubmit={submit}
      aria-labelledby="add-place-heading"
    >
      <h2 id="add-place-heading" ref={heading} tabIndex={-1}>
        Add a place
      </h2>
      <p class="note">Click its location on the map (or type it), then name it.</p>
      <label>
        Name{' '}
        <input
          data-testid="add-place-name"
          value={name}
          maxLength={200}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label>
        Kind{' '}
        <select
          data-testid="add-place-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as PlaceKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Country (code){' '}
        <input
          data-testid="add-place-country"
          value={country}
          size={3}
          maxLength={2}
          onInput={(e) => setCountry(e.currentTarget.value)}
        />
      </label>
      <div class="add-place-point">
        <label>
          Longitude{' '}
          <input
            data-testid="add-place-lon"
            value={lon}
            size={10}
            onInput={(e) => setLon(e.currentTarget.value)}
          />
        </label>
        <label>
          Latitude{' '}
          <input
            data-testid="add-place-lat"
            value={lat}
            size={10}
            onInput={(e) => setLat(e.currentTarget.value)}
          />
        </label>
      </div>
      {problem && (
        <p role="alert" data-testid="add-place-problem">
          {problem}
        </p>
      )}
      <div class="filter-actions">
        <button type="submit" data-testid="add-place-save">
          Add the place
        </button>
        <button type="button" onClick={cancelPlacingPlace}>
          Cancel
        </button>
      </div>
    </form>
  );
}
