/** What the export buttons need: the option for real shapes, and the filters applied now. */
import { computed, signal } from '@preact/signals';
import type { ExportFilters } from '../export.ts';
import { urlState } from '../state.ts';

/** Export areas and borders with their real geometry rather than one point each. */
export const exportShapes = signal(false);

export function setExportShapes(on: boolean): void {
  exportShapes.value = on;
}

export const exportFilters = computed<ExportFilters>(() => {
  const { sources, from, to, mode } = urlState.value;
  return { sources, from, to, yearMode: mode };
});
