/** All curated-file rules, run in this order; each returns every problem it finds. */
import type { Rule } from '../curated/document.ts';
import { coordinateRange } from './coordinate-range.ts';
import { countryCode } from './country-code.ts';
import { duplicateId } from './duplicate-id.ts';
import { kind } from './kind.ts';
import { outsideCountry } from './outside-country.ts';
import { provenance } from './provenance.ts';
import { shape } from './shape.ts';
import { swappedLatLon } from './swapped-latlon.ts';

export const RULES: readonly Rule[] = [
  shape,
  provenance,
  kind,
  countryCode,
  duplicateId,
  coordinateRange,
  swappedLatLon,
  outsideCountry,
];
