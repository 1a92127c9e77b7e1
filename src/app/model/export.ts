/**
 * What the export buttons need: the option for real shapes, the filters applied now, and the
 * action that makes a file of the shown mentions — after fetching their quotes files, which
 * the first frame does not have (model/quotes.ts).
 */
import { computed, signal } from '@preact/signals';
import { csvFile, type ExportFilters, exportFileName, exportGeoJson } from '../export.ts';
import { visibleMentions } from '../filters.ts';
import { data, mask, urlState } from '../state.ts';
import { quoteOf, quotesStatus, requestQuotes } from './quotes.ts';

/** Export areas and borders with their real geometry rather than one point each. */
export const exportShapes = signal(false);

export function setExportShapes(on: boolean): void {
  exportShapes.value = on;
}

export const exportFilters = computed<ExportFilters>(() => {
  const { sources, from, to, mode } = urlState.value;
  return { sources, from, to, yearMode: mode };
});

/** While the quotes are fetched, or why an export failed. */
export const exportState = signal<
  { state: 'idle' } | { state: 'preparing' } | { state: 'failed'; message: string }
>({ state: 'idle' });

export interface ExportedFile {
  name: string;
  type: string;
  body: string;
}

/** The shown mentions as a GeoJSON or CSV file, or null when it could not be made (see exportState). */
export async function exportShown(format: 'geojson' | 'csv'): Promise<ExportedFile | null> {
  const index = data.value;
  if (!index) return null;
  const shown = visibleMentions(mask.value);
  const filters = exportFilters.value;
  const shapes = exportShapes.value;
  exportState.value = { state: 'preparing' };
  await requestQuotes(index, shown);
  const status = quotesStatus(index, shown);
  if (status.state !== 'ready') {
    exportState.value = {
      state: 'failed',
      message: status.state === 'failed' ? status.message : 'the quotes did not arrive',
    };
    return null;
  }
  exportState.value = { state: 'idle' };
  const details = (i: number) => quoteOf(index, i)!;
  const name = exportFileName(filters, index.sources.length, format);
  return format === 'geojson'
    ? {
        name,
        type: 'application/geo+json',
        body: JSON.stringify(exportGeoJson(index, shown, details, filters, shapes)),
      }
    : { name, type: 'text/csv;charset=utf-8', body: csvFile(index, shown, details) };
}
