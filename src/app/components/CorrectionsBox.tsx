/**
 * The sidebar's "Review and correct" section: the way into the review queue and into adding a
 * place, and where the changes made here go — saved at once through the dev server, or, in a
 * static build, kept in this browser and offered as the files to put into data/.
 */
import { devServer } from '../devserver.ts';
import { startPlacingPlace } from '../model/add-place.ts';
import { files, saveState, unsavedCount } from '../model/corrections.ts';
import { startReview } from '../model/review.ts';
import { plural } from '../model/words.ts';

function fileUrl(text: string): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
}

export function CorrectionsBox({ mapCenter }: { mapCenter(): [number, number] | null }) {
  const count = unsavedCount.value;
  const save = saveState.value;
  return (
    <section
      class="filter corrections"
      aria-labelledby="corrections-heading"
      data-testid="corrections"
    >
      <h2 id="corrections-heading" class="legendish">
        Review and correct
      </h2>
      <div class="filter-actions">
        <button type="button" data-testid="review-start" onClick={startReview}>
          Review mentions
        </button>
        <button
          type="button"
          data-testid="add-place-start"
          onClick={() => startPlacingPlace(mapCenter())}
        >
          Add a place on the map
        </button>
      </div>
      {devServer ? (
        <p class="note" role="status" data-testid="corrections-status">
          {save.state === 'saving'
            ? 'Saving and rebuilding…'
            : save.state === 'failed'
              ? `Not saved: ${save.message}`
              : save.state === 'saved'
                ? save.message
                : 'Corrections are saved to data/ and the map rebuilt at once.'}
        </p>
      ) : count === 0 ? (
        <p class="note" data-testid="corrections-status">
          No corrections waiting. Corrections made here are kept in this browser until you download
          them into <code>data/</code> and rebuild.
        </p>
      ) : (
        <div data-testid="corrections-status">
          <p class="note">
            {plural(count, 'change')} kept in this browser, not yet in the build. Download{' '}
            {files.value.length === 1 ? 'this file' : 'these files'}, put{' '}
            {files.value.length === 1 ? 'it' : 'them'} where shown and rebuild (
            <code>npm run data</code>):
          </p>
          <ul class="correction-files">
            {files.value.map((f) => (
              <li key={f.path}>
                <a
                  href={fileUrl(f.text)}
                  download={f.name}
                  data-testid="correction-file"
                  data-path={f.path}
                >
                  {f.path}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
