/**
 * Downloads of what is shown: the visible mentions as GeoJSON (optionally with the real
 * shapes of areas and borders) and as CSV, named after the filters applied.
 */
import {
  type ExportedFile,
  exportShapes,
  exportShown,
  exportState,
  setExportShapes,
} from '../model/export.ts';
import { plural } from '../model/words.ts';
import { counts, data } from '../state.ts';

function download(file: ExportedFile | null): void {
  if (!file) return;
  const { name, type, body } = file;
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
  const state = exportState.value;
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
          disabled={count === 0 || state.state === 'preparing'}
          onClick={() => exportShown('geojson').then(download)}
        >
          GeoJSON
        </button>
        <button
          type="button"
          data-testid="export-csv"
          disabled={count === 0 || state.state === 'preparing'}
          onClick={() => exportShown('csv').then(download)}
        >
          CSV
        </button>
      </div>
      {state.state === 'preparing' && (
        <p class="note" role="status" data-testid="export-preparing">
          Fetching the quotes of the shown mentions…
        </p>
      )}
      {state.state === 'failed' && (
        <p class="quotes-notice error" role="alert" data-testid="export-error">
          The export could not be made: {state.message}.
        </p>
      )}
    </section>
  );
}
