/**
 * The source reader: a source's full text with every place mention marked as a button that
 * takes the reader back to the map at that place. The text is set as text nodes, piece by
 * piece between mentions; nothing in it is ever parsed as markup.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadText } from '../data.ts';
import { data, reader } from '../state.ts';
import { SourceByline } from './SourceLine.tsx';

interface Segment {
  text: string;
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
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: { place: m.place, start: m.start } });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export function Reader({ onGoToPlace }: { onGoToPlace(place: number): void }) {
  const index = data.value;
  const state = reader.value;
  const [text, setText] = useState<
    { id: string; body: string } | { id: string; error: string } | null
  >(null);
  const body = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const source = index && state ? index.sources[state.source] : undefined;
  const isOpen = state !== null;

  // Focus goes back where it came from ("Read in source") when the reader closes.
  useEffect(() => {
    if (!isOpen) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [isOpen]);

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

  useEffect(() => {
    if (!state || !text || text.id !== source?.id) return;
    const target = body.current?.querySelector<HTMLElement>(`[data-start="${state.offset}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    } else close.current?.focus();
  }, [state, text, source]);

  if (!index || !state || !source) return null;
  const mentions: { start: number; end: number; place: number }[] = [];
  for (let i = 0; i < index.mentions.length; i++) {
    if (index.mentionSource[i] !== state.source) continue;
    const m = index.mentions[i]!.properties;
    mentions.push({ start: m.start, end: m.end, place: index.mentionPlace[i]! });
  }
  const ready = text && text.id === source.id ? text : null;
  return (
    <section
      class="reader"
      role="dialog"
      aria-modal="true"
      aria-labelledby="reader-title"
      data-testid="reader"
    >
      <header class="reader-header">
        <div>
          <h2 id="reader-title">
            <bdi>{source.title}</bdi>
          </h2>
          <p>
            {source.author && (
              <>
                <bdi>{source.author}</bdi>
                {' · '}
              </>
            )}
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
          onClick={() => {
            reader.value = null;
          }}
        >
          ×
        </button>
      </header>
      <div class="reader-body" ref={body} data-testid="reader-body">
        {!ready && <p role="status">Loading the text…</p>}
        {ready && 'error' in ready && <p role="alert">{ready.error}</p>}
        {ready &&
          'body' in ready &&
          segmentText(ready.body, mentions).map((s, k) =>
            s.mention ? (
              <button
                type="button"
                key={k}
                class={`reader-mention${s.mention.start === state.offset ? ' current' : ''}`}
                data-start={s.mention.start}
                title={`Show ${index.places[s.mention.place]!.properties.name} on the map`}
                onClick={() => onGoToPlace(s.mention!.place)}
              >
                {s.text}
              </button>
            ) : (
              <span key={k}>{s.text}</span>
            ),
          )}
      </div>
    </section>
  );
}
