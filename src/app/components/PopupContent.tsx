/**
 * What a click on the map shows next to the mark: one quote per source that names the place
 * (under the current filters), with the source's title, publisher and date.
 */
import { useLayoutEffect } from 'preact/hooks';
import { POPUP_SOURCES, popupMentions } from '../model/pick.ts';
import { quoteOf, quotesStatus, requestQuotes } from '../model/quotes.ts';
import { plural } from '../model/words.ts';
import { data, mask, placeName } from '../state.ts';
import { AddedByHand } from './AddedByHand.tsx';
import { CorrectionControls } from './CorrectionControls.tsx';
import { MentionYears } from './MentionYears.tsx';
import { Quote } from './Quote.tsx';
import { QuotesNotice } from './QuotesNotice.tsx';
import { SourceByline } from './SourceLine.tsx';
import { UncertainNote } from './UncertainNote.tsx';

export function PopupContent({ place, onMore }: { place: number; onMore(): void }) {
  const index = data.value;
  const popup = index ? popupMentions(index, mask.value, place) : null;
  const quoted = popup?.quoted ?? [];
  const key = quoted.join(',');
  // Fetched when the filters change what is quoted (a click has asked for them already: the
  // fetch is shared). A layout effect: the fetch starts now, not after the next frame.
  useLayoutEffect(() => {
    if (index) void requestQuotes(index, quoted);
  }, [index, key]);
  if (!index || !popup) return null;
  const { shown, groups } = popup;
  const p = index.places[place]!.properties;
  const status = quotesStatus(index, quoted);
  const total = shown.own.length + shown.inside.length;
  return (
    <div class="popup" data-testid="popup" data-quotes={status.state}>
      <h3 class="popup-title">
        <bdi>{p.name}</bdi>
      </h3>
      <AddedByHand place={p} />
      <QuotesNotice status={status} />
      {groups.length === 0 ? (
        <p class="empty">No mentions under the current filters.</p>
      ) : (
        <ul class="popup-sources">
          {groups.slice(0, POPUP_SOURCES).map((g) => {
            const source = index.sources[g.source]!;
            const first = quoteOf(index, g.mentions[0]!);
            const more = g.mentions.length - 1;
            return (
              <li key={source.id} data-testid="popup-source" data-source-id={source.id}>
                {first && (
                  <>
                    <Quote mention={first} />
                    <UncertainNote mention={first} />
                    <CorrectionControls mention={first} placeName={placeName} />
                  </>
                )}
                <div class="popup-cite">
                  <cite>
                    <bdi>{source.title}</bdi>
                  </cite>{' '}
                  <SourceByline source={source} />
                  {first && first.years.length > 0 && ' · '}
                  {first && <MentionYears mention={first} />}
                  {more > 0 && (
                    <span class="more">
                      {' · '}
                      {plural(more, 'more mention')}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {groups.length > POPUP_SOURCES && (
        <p class="more">and {plural(groups.length - POPUP_SOURCES, 'more source')}</p>
      )}
      <button type="button" class="link-button" onClick={onMore}>
        All {plural(total, 'mention')} in the panel
      </button>
    </div>
  );
}
