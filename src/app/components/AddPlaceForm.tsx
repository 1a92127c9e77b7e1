/**
 * The form for a place no gazetteer has, over the map while adding one: a click on the map
 * sets its point (the fields take typed coordinates too), then its name, kind and country.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UserPlace } from '../../shared/corrections.ts';
import { type LonLat, PLACE_KINDS, type PlaceKind } from '../../shared/types.ts';
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
import { Field } from './Field.tsx';

const KINDS: readonly PlaceKind[] = PLACE_KINDS.filter((k) => k !== 'continent');

export function AddPlaceForm({ center }: { center(): LonLat | null }) {
  const mode = placingPlace.value;
  const added = lastAddedPlace.value;
  // Kept while the form is closed, as typed: the fields are there again when it reopens.
  const draft = useDraft(mode, center);
  if (mode) return <PlaceForm draft={draft} />;
  return added ? <AddedNote place={added} /> : null;
}

/** The form's fields; the point chosen on the map fills longitude, latitude and a country guess. */
function useDraft(mode: { point: LonLat | null } | null, center: () => LonLat | null) {
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
  return {
    fields: { name, kind, country, lon, lat },
    set: { name: setName, kind: setKind, country: setCountry, lon: setLon, lat: setLat },
    problem,
    setProblem,
    heading,
  };
}

/** Says how to use the place just added. */
function AddedNote({ place }: { place: UserPlace }) {
  return (
    <p class="map-note" role="status" data-testid="place-added">
      <bdi>{place.name}</bdi> was added. Choose it for a mention: “Correct…” under a quote, or
      select its words in the source reader and “Mark as place”.{' '}
      <button type="button" class="link-button" onClick={dismissAddedPlace}>
        Close
      </button>
    </p>
  );
}

function PlaceForm({ draft }: { draft: ReturnType<typeof useDraft> }) {
  const { fields, set, problem, setProblem, heading } = draft;
  const { name, kind, country, lon, lat } = fields;
  const submit = (e: Event) => {
    e.preventDefault();
    const place = {
      name: name.trim(),
      kind,
      country: country.trim() === '' ? null : country.trim().toUpperCase(),
      point: [Number(lon), Number(lat)] as [number, number],
    };
    const why = draftProblem({
      ...place,
      point: lon === '' || lat === '' ? undefined : place.point,
    });
    setProblem(why);
    if (why) return;
    savePlace(place);
    set.name('');
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
      <Field label="Name" testId="add-place-name" value={name} maxLength={200} onText={set.name} />
      <label>
        Kind{' '}
        <select
          data-testid="add-place-kind"
          value={kind}
          onChange={(e) => set.kind(e.currentTarget.value as PlaceKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <Field
        label="Country (code)"
        testId="add-place-country"
        value={country}
        size={3}
        maxLength={2}
        onText={set.country}
      />
      <div class="add-place-point">
        <Field label="Longitude" testId="add-place-lon" value={lon} size={10} onText={set.lon} />
        <Field label="Latitude" testId="add-place-lat" value={lat} size={10} onText={set.lat} />
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
