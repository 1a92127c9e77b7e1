/** How a place is named to the reader: its kind in plain words, and the hover tooltip. */
import type { PlaceKind } from '../../shared/types.ts';
import { plural } from './words.ts';

export const KIND_LABEL: Record<PlaceKind, string> = {
  continent: 'Continent',
  region: 'Region',
  country: 'Country',
  admin1: 'Province / state',
  admin2: 'District',
  city: 'Town or city',
  site: 'Site',
  border: 'Border',
  water: 'Body of water',
};

/** The short kind word of the places list: "province", "district", never "admin2". */
export const KIND_WORD: Record<PlaceKind, string> = {
  continent: 'continent',
  region: 'region',
  country: 'country',
  admin1: 'province',
  admin2: 'district',
  city: 'town',
  site: 'site',
  border: 'border',
  water: 'water',
};

/**
 * The tooltip over a place: its name and the mentions that name it (what its mark shows),
 * and, for an area, how many more name places inside it.
 */
export function tooltipText(name: string, own: number, total: number): string {
  const inside = total - own;
  const base = `${name} · ${plural(own, 'mention')}`;
  return inside > 0 ? `${base} (+${inside} of places inside)` : base;
}
