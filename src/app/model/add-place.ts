/**
 * Adding a place no gazetteer has: a mode in which a click on the map sets the point (or the
 * keyboard user types it; the form starts at the map's centre), then a name, kind and country.
 */
import { signal } from '@preact/signals';
import type { UserPlace } from '../../shared/corrections.ts';
import type { LonLat } from '../../shared/types.ts';
import { addUserPlace, type PlaceDraft } from './corrections.ts';

/** Null when not adding a place; else the point chosen so far. */
export const placingPlace = signal<{ point: LonLat | null } | null>(null);
/** The last place added, for the note that says how to use it. */
export const lastAddedPlace = signal<UserPlace | null>(null);

export function startPlacingPlace(center: LonLat | null = null): void {
  placingPlace.value = { point: center };
  lastAddedPlace.value = null;
}

/** The point chosen while adding a place (null: none yet, the map had no centre to offer). */
export function setPlacePoint(point: LonLat | null): void {
  if (placingPlace.value) placingPlace.value = { point };
}

/** Closes the note about the place just added. */
export function dismissAddedPlace(): void {
  lastAddedPlace.value = null;
}

export function cancelPlacingPlace(): void {
  placingPlace.value = null;
}

/** Why a draft cannot be saved yet, or null. */
export function draftProblem(d: Partial<PlaceDraft>): string | null {
  if (!d.name || d.name.trim() === '') return 'Give the place a name.';
  if (!d.point) return 'Click the place on the map, or type its longitude and latitude.';
  const [lon, lat] = d.point;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return 'Longitude must lie between -180 and 180, latitude between -90 and 90.';
  if (d.country !== null && d.country !== undefined && !/^[A-Z]{2}$/.test(d.country))
    return 'The country is a two-letter code (AF, PK…), or empty for none.';
  return null;
}

export function savePlace(draft: PlaceDraft): UserPlace {
  const place = addUserPlace(draft);
  placingPlace.value = null;
  lastAddedPlace.value = place;
  return place;
}
