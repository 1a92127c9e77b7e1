/**
 * The source reader: a source's full text with every place mention marked as a button that
 * takes the reader back to the map at that place. The text is set as text nodes, piece by
 * piece between mentions; nothing in it is ever parsed as markup. The mentions' offsets come
 * with the source's quotes, fetched when the reader opens (model/quotes.ts).
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MentionProperties, SourceMeta } from '../../shared/types.ts';
import { loadText } from '../data.ts';
import { type DataIndex, mentionsOfSource } from '../filters.ts';
import { correct } from '../model/corrections.ts';
import { quoteOf, quotesStatus, requestQuotes } from '../model/quotes.ts';
import {
  type ReaderSteps,
  readerSteps,
  selectedRange,
  stepReader,
  type TextSpan,
} from '../model/reader.ts';
import { closeReader, data, placeName, reader } from '../state.ts';
import { CorrectionControls } from './CorrectionControls.tsx';
import { useReturnFocus } from './focus.ts';
import { PlaceSearch } from './PlaceSearch.tsx';
import { QuotesNotice } from './QuotesNotice.tsx';
import { SourceByline } from './SourceLine.tsx';

interface Segment {
  text: string;
  /** Where it starts in the text (for turning a selection into offsets). */
  offset: number;
  mention?: { place: number; start: number };
}

/** Splits a text into plain runs and mention runs; overlapping or out-of-range ones are skipped. */
export function segmentText(
  text: string,
  mentions: readonly { start: number; end: number; place: number }[],
): Segment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), offset: at });
    out.push({
      text: text.slice(m.start, m.end),
      offset: m.start,
      mention: { place: m.place, start: m.start },
    });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), offset: at });
  return out;
}

type TextState = { id: string; body: string } | { id: string; error: string } | null;

/** The source's text, fetched when the reader opens on it. */
function useSourceText(source: SourceMeta | undefined): TextState {
  const [text, setText] = useState<TextState>(null);
  useEffect(() => {
    if (!source) return;
    let live = true;
    loadText(source.id).then(
      (b) => live && setText({ id: source.id, body: b }),
      (e: unknown) =>
        live && setText({ id: source.id, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [source]);
  return text && source && text.id === source.id ? text : null;
}

/** The words selected in the reader's text while it is open, for "Mark as place". */
function useTextSelection(isOpen: boolean, body: RefObject<HTMLDivElement>): TextSpan | null {
  const [selection, setSelection] = useState<TextSpan | null>(null);
  useEffect(() => {
    if (!isOpen) return;
    const onChange = () => {
      const el = body.current;
      const sel = document.getSelection();
      const text = el?.textContent ?? '';
      setSelection(
        el && sel && sel.rangeCount > 0 ? selectedRange(el, sel.getRangeAt(0), text) : null,
      );
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [isOpen]);
  return selection;
}

/** The source's mentions with their offsets (once fetched), and the one the reader is on. */
function sourceMentions(
  index: DataIndex,
  mentions: readonly number[],
  offset: number,
): { spans: { start: number; end: number; place: number }[]; current: MentionProperties | null } {
  const spans: { start: number; end: number; place: number }[] = [];
  let current: MentionProperties | null = null;
  for (const i of mentions) {
    const m = quoteOf(index, i);
    if (!m) continue;
    spans.push({ start: m.start, end: m.end, place: index.mentionPlace[i]! });
    if (m.start === offset) current = m;
  }
  return { spans, current };
}

export function Reader({ onGoToPlace }: { onGoToPlace(place: number): void }) {
  const index = data.value;
  const state = reader.value;
  const body = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const source = index && state ? index.sources[state.source] : undefined;
  const isOpen = state !== null;

  // Focus goes back where it came from ("Read in source") when the reader closes.
  useReturnFocus(isOpen);
  // Stepping with Previous/Next keeps focus on the button pressed; opening puts it on the
  // mention.
  const stepped = useRef(false);
  const selection = useTextSelection(isOpen, body);
  const ready = useSourceText(source);
  const mentions = index && state ? mentionsOfSource(index, state.source) : [];
  const status = index ? quotesStatus(index, mentions) : { state: 'loading' as const };
  // A layout effect: the fetch starts now, not after the next frame is painted.
  useLayoutEffect(() => {
    if (index && mentions.length > 0) void requestQuotes(index, mentions);
  }, [index, state?.source]);

  useEffect(() => {
    if (!state || !ready || status.state === 'loading') return;
    const target = body.current?.querySelector<HTMLElement>(`[data-start="${state.offset}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (!stepped.current) target.focus({ preventScroll: true });
    } else if (!stepped.current) close.current?.focus();
    stepped.current = false;
  }, [state, ready, status.state]);

  if (!index || !state || !source) return null;
  const { spans, current } = sourceMentions(index, mentions, state.offset);
  const steps = readerSteps(index, state.source, state.offset);
  const step = (delta: -1 | 1) => {
    stepped.current = true;
    stepReader(delta);
  };
  return (
    <section
      class="reader"
      role="dialog"
      aria-modal="true"
      aria-labelledby="reader-title"
      data-testid="reader"
      data-quotes={status.state}
    >
      <ReaderHeader source={source} close={close} />
      {steps && steps.starts.length > 1 && (
        <ReaderStepsNav index={index} steps={steps} onStep={step} />
      )}
      <ReaderTools source={source} current={current} ready={ready} selection={selection} />
      <QuotesNotice status={status} />
      <div class="reader-body" ref={body} data-testid="reader-body">
        {!ready && <p role="status">Loading the text…</p>}
        {ready && 'error' in ready && <p role="alert">{ready.error}</p>}
        {ready && 'body' in ready && (
          <ReaderText
            index={index}
            body={ready.body}
            spans={spans}
            offset={state.offset}
            onGoToPlace={onGoToPlace}
          />
        )}
      </div>
    </section>
  );
}

function ReaderHeader({
  source,
  close,
}: {
  source: SourceMeta;
  close: RefObject<HTMLButtonElement>;
}) {
  return (
    <header class="reader-header">
      <div>
        <h2 id="reader-title">
          <bdi>{source.title}</bdi>
        </h2>
        <p>
          <SourceByline source={source} />
          {source.url && (
            <>
              {' · '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Original
              </a>
            </>
          )}
        </p>
      </div>
      <button
        type="button"
        class="close"
        ref={close}
        aria-label="Close source reader"
        data-testid="reader-close"
        onClick={closeReader}
      >
        ×
      </button>
    </header>
  );
}

/** "‹ Previous · Kandahar: 3 of 9 · Next ›" */
function ReaderStepsNav({
  index,
  steps,
  onStep,
}: {
  index: DataIndex;
  steps: ReaderSteps;
  onStep(delta: -1 | 1): void;
}) {
  return (
    <nav class="reader-steps" aria-label="Mentions of this place in the source">
      <button
        type="button"
        data-testid="reader-previous"
        disabled={steps.at <= 0}
        onClick={() => onStep(-1)}
      >
        ‹ Previous
      </button>
      <span data-testid="reader-position" aria-live="polite">
        <bdi>{index.places[steps.place]!.properties.name}</bdi>: {steps.at + 1} of{' '}
        {steps.starts.length}
      </span>
      <button
        type="button"
        data-testid="reader-next"
        disabled={steps.at >= steps.starts.length - 1}
        onClick={() => onStep(1)}
      >
        Next ›
      </button>
    </nav>
  );
}

/** "Correct…" for the mention the reader is on, and "Mark as place" for selected words. */
function ReaderTools({
  source,
  current,
  ready,
  selection,
}: {
  source: SourceMeta;
  current: MentionProperties | null;
  ready: TextState;
  selection: TextSpan | null;
}) {
  const [marking, setMarking] = useState<TextSpan | null>(null);
  const [hint, setHint] = useState(false);
  const text = ready && 'body' in ready ? ready.body : null;
  return (
    <div class="reader-tools">
      {current && <CorrectionControls mention={current} placeName={placeName} />}
      <button
        type="button"
        data-testid="mark-as-place"
        data-has-selection={selection ? 'true' : 'false'}
        disabled={text === null}
        onClick={() => {
          setMarking(selection);
          setHint(!selection);
        }}
      >
        Mark as place
      </button>
      {hint && !selection && (
        <p class="note" role="status" data-testid="mark-hint">
          Select the words in the text first: drag over them, or with the keyboard turn on caret
          browsing (F7) and hold Shift with the arrow keys.
        </p>
      )}
      {marking && text !== null && (
        <div class="mark-place" data-testid="mark-place">
          <PlaceSearch
            label={`The place “${marking.text}” names:`}
            autoFocus
            onChoose={(e) => {
              correct(source.id, text, marking.start, marking.end, 'add-mention', e.id);
              setMarking(null);
            }}
          />
          <button type="button" class="link-button" onClick={() => setMarking(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

/** The text as text nodes, each mention a button back to its place on the map. */
function ReaderText({
  index,
  body,
  spans,
  offset,
  onGoToPlace,
}: {
  index: DataIndex;
  body: string;
  spans: readonly { start: number; end: number; place: number }[];
  offset: number;
  onGoToPlace(place: number): void;
}) {
  return (
    <>
      {segmentText(body, spans).map((s, k) =>
        s.mention ? (
          <button
            type="button"
            key={k}
            class={`reader-mention${s.mention.start === offset ? ' current' : ''}`}
            data-start={s.mention.start}
            data-offset={s.offset}
            title={`Show ${index.places[s.mention.place]!.properties.name} on the map`}
            onClick={() => onGoToPlace(s.mention!.place)}
          >
            {s.text}
          </button>
        ) : (
          <span key={k} data-offset={s.offset}>
            {s.text}
          </span>
        ),
      )}
    </>
  );
}
