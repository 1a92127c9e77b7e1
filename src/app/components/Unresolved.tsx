/**
 * Names the pipeline found but could not place with confidence, for the shown sources: an
 * analyst should know what the map leaves out, and why.
 */
import { data, selectedSources, unresolved } from '../state.ts';
import { Quote } from './Quote.tsx';

export function Unresolved() {
  const index = data.value;
  const sel = selectedSources.value;
  if (!index) return null;
  const shown = unresolved.value.filter((u) => {
    const s = index.sourceIndex.get(u.sourceId);
    return s !== undefined && (sel === null || sel.has(s));
  });
  if (shown.length === 0) return null;
  return (
    <details class="filter unresolved" data-testid="unresolved">
      <summary class="legendish">Names not placed on the map ({shown.length})</summary>
      <ul class="unresolved-list">
        {shown.slice(0, 200).map((u) => {
          const source = index.sources[index.sourceIndex.get(u.sourceId)!]!;
          return (
            <li key={`${u.sourceId}:${u.start}`}>
              <strong>
                <bdi>{u.text}</bdi>
              </strong>{' '}
              <span class="note">
                — <bdi>{u.reason}</bdi> (<bdi>{source.title}</bdi>)
              </span>
              {u.quote && (
                <Quote
                  mention={{
                    id: '',
                    sourceId: u.sourceId,
                    placeId: '',
                    text: u.text,
                    start: u.start,
                    end: u.end,
                    quote: u.quote,
                    quoteStart: u.start - Math.max(0, u.quote.indexOf(u.text)),
                    line: u.line,
                    publishedYear: null,
                    years: [],
                    yearsFrom: 'none',
                    confidence: 0,
                    alternatives: [],
                    status: 'automatic',
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
