/**
 * Downloads of what is shown: the visible mentions as GeoJSON (optionally with the real
 * shapes of areas and borders) and as CSV, named after the filters applied.
 */
import { csvFile, exportFileName, exportGeoJson } from '../export.ts';
import { visibleMentions } from '../filters.ts';
import { exportFilters, exportShapes, setExportShapes } from '../model/export.ts';
import { plural } from '../model/words.ts';
import { counts, data, mask } from '../state.ts';

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButtons() {
  const index = data.value;
  if (!index) return null;
  const count = counts.value?.visible ?? 0;
  const filters = exportFilters.value;
  const name = (ext: string) => exportFileName(filters, index.sources.length, ext);
  return (
    <section class="filter export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="legendish">
        Export {plural(count, 'shown mention')}
      </h2>
      <label class="export-option">
        <input
          type="checkbox"
          data-testid="export-shapes"
          checked={exportShapes.value}
          onChange={(e) => setExportShapes(e.currentTarget.checked)}
        />{' '}
        GeoJSON with the real shapes of areas and borders
      </label>
      <div class="filter-actions">
        <button
          type="button"
          data-testid="export-geojson"
          disabled={count === 0}
          onClick={() =>
            download(
              name('geojson'),
              'application/geo+json',
              JSON.stringify(
                exportGeoJson(index, visibleMentions(mask.value), filters, exportShapes.value),
              ),
            )
          }
        >
          GeoJSON
        </button>
        <button
          type="button"
          data-testid="export-csv"
          disabled={count === 0}
          onClick={() =>
            download(
              name('csv'),
              'text/csv;charset=utf-8',
              csvFile(index, visibleMentions(mask.value)),
            )
          }
        >
          CSV
        </button>
      </div>
    </section>
  );
}
