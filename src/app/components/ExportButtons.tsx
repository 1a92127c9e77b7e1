/** Downloads of what is shown: the visible mentions as GeoJSON and as CSV. */
import { exportCsv, exportGeoJson } from '../../shared/export.ts';
import { visibleMentions } from '../../shared/filters.ts';
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
  return (
    <section class="filter export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="legendish">
        Export {count} shown {count === 1 ? 'mention' : 'mentions'}
      </h2>
      <div class="filter-actions">
        <button
          type="button"
          data-testid="export-geojson"
          disabled={count === 0}
          onClick={() =>
            download(
              'citemap-mentions.geojson',
              'application/geo+json',
              JSON.stringify(exportGeoJson(index, visibleMentions(mask.value))),
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
              'citemap-mentions.csv',
              'text/csv;charset=utf-8',
              exportCsv(index, visibleMentions(mask.value)),
            )
          }
        >
          CSV
        </button>
      </div>
    </section>
  );
}
