/**
 * ISO 3166-1 alpha-2 codes of world-atlas (Natural Earth) features, whose ids are ISO numeric
 * codes: one reading for the gazetteer's countries and the basemap's.
 */
import i18n from 'i18n-iso-countries';

/**
 * Natural Earth features without an ISO code, folded into the state that ISO 3166 assigns the
 * territory to. Keyed by the feature's `name` property.
 */
const UNCODED_FEATURES: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
  'Indian Ocean Ter.': 'AU',
};

/** ISO alpha-2 for a world-atlas feature, or null (e.g. Siachen Glacier, claimed by two states). */
export function atlasCode(
  id: string | number | undefined,
  name: string | undefined,
): string | null {
  if (id !== undefined && id !== '') return i18n.numericToAlpha2(id) ?? null;
  return (name && UNCODED_FEATURES[name]) || null;
}
