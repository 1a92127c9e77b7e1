import { describe, expect, it } from 'vitest';
import { namesAgree } from '../../../src/pipeline/gazetteer/packages/admin1.ts';

describe('namesAgree (GeoNames admin-1 name vs Natural Earth names)', () => {
  it.each([
    ['Silesia', ['Silesian']],
    ['Vevchani', ['Vevčani']],
    ['Kandahar', ['Kandahar', 'Qandahar']],
    ['Maidan Wardak Province', ['Wardak', 'Maidan Wardak']],
    ['Khyber Pakhtunkhwa', ['K.P.', 'Khyber Pakhtunkhwa|North-West Frontier Province']],
  ])('%s agrees with %j', (gn, ne) => {
    expect(namesAgree(gn, ne)).toBe(true);
  });

  it.each([
    ['Île-de-France', ['Aude']],
    ['An Giang', ['Đắk Nông']],
    ['Cagayan Valley', ['Agusan del Norte']],
    ['Northern Province', ['Southern Province']],
  ])('%s does not agree with %j', (gn, ne) => {
    expect(namesAgree(gn, ne)).toBe(false);
  });
});
