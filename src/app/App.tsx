/**
 * The map app: loads the data, then lays out the filters (sidebar), the map, the place panel
 * and the source reader. State lives in signals (state.ts) mirrored to the URL (url-sync.ts).
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { LonLatBounds } from '../shared/geometry/view-bounds.ts';
import { AddSourceButton } from './components/AddSource.tsx';
import { CorrectionsBox } from './components/CorrectionsBox.tsx';
import { ExportButtons } from './components/ExportButtons.tsx';
import { type MapHandle, MapPane, urlHasView } from './components/MapPane.tsx';
import { PlaceList } from './components/PlaceList.tsx';
import { PlacePanel } from './components/PlacePanel.tsx';
import { Reader } from './components/Reader.tsx';
import { ReviewQueue } from './components/ReviewQueue.tsx';
import { SourceFilter } from './components/SourceFilter.tsx';
import { Summary } from './components/Summary.tsx';
import { Unresolved } from './components/Unresolved.tsx';
import { YearFilter } from './components/YearFilter.tsx';
import {
  type AppConfig,
  forgetTexts,
  type Loading,
  loadCorrections,
  loadData,
  loadUnresolved,
  type MapStart,
} from './data.ts';
import { devServer } from './devserver.ts';
import { cancelPlacingPlace, placingPlace } from './model/add-place.ts';
import { setSaved } from './model/corrections.ts';
import { review, stopReview } from './model/review.ts';
import { isPhone } from './model/ui.ts';
import {
  closeReader,
  data,
  dataFailed,
  dataLoaded,
  loadError,
  openPlace,
  reader,
  replaceData,
  selectPlace,
  setUnresolved,
} from './state.ts';
import { startUrlSync } from './url-sync.ts';

/** The view the map starts at, once known: the cited places' bounds, or null for none. */
interface FirstViewState {
  bounds: LonLatBounds | null;
}

/**
 * Loads the data and what comes beside it, starts the URL sync, and while `npm start` runs
 * reloads what the dev server rebuilt. Returns the app's configuration and the first view,
 * each once read.
 */
function useDataLoading(
  loading: Loading,
  start: MapStart,
): {
  config: AppConfig | null;
  firstView: FirstViewState | null;
} {
  const [config, setConfig] = useState<AppConfig | null>(start.config);
  const [firstView, setFirstView] = useState<FirstViewState | null>(start.view);
  // A layout effect: listening starts with the first render, not after the first paint, so
  // the map is created as soon as its view and configuration are in (if they were not yet).
  useLayoutEffect(() => {
    let stopSync: (() => void) | undefined;
    if (!start.config) loading.config.then(setConfig);
    // Failing only with the data itself, which the error screen says.
    if (!start.view) {
      loading.view.then(
        (bounds) => setFirstView({ bounds }),
        () => {},
      );
    }
    // What comes beside the index: names not placed, and corrections saved but not yet built.
    const loadExtras = () => {
      loadUnresolved().then(setUnresolved);
      loadCorrections().then(setSaved);
    };
    loading.data.then(
      (index) => {
        performance.mark('citemap:data-indexed');
        loadExtras();
        stopSync = startUrlSync(index);
        dataLoaded(index);
        document.body.dataset.dataLoaded = 'true';
      },
      (error: unknown) => {
        dataFailed(error);
        document.body.dataset.dataLoaded = 'error';
        console.error('citemap:', error);
      },
    );
    // While `npm start` runs: a source added or a correction saved rebuilt the data; show it
    // without a reload, keeping the view (replaceData).
    devServer?.onDataChanged(() => {
      forgetTexts();
      loadData().then(replaceData, (error: unknown) => console.error('citemap:', error));
      loadExtras();
    });
    return () => stopSync?.();
  }, []);
  return { config, firstView };
}

/** Escape closes the innermost thing open: the reader, then the popup and panel together. */
function useEscapeCloses(handle: MapHandle): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (placingPlace.value) cancelPlacingPlace();
      else if (review.value) stopReview();
      else if (reader.value) closeReader();
      else if (openPlace.value !== null) selectPlace(null);
      else handle.view?.closePopup();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handle]);
}

function TopBar({
  inert,
  sidebarOpen,
  onToggleSidebar,
}: {
  inert: boolean;
  sidebarOpen: boolean;
  onToggleSidebar(): void;
}) {
  return (
    <header class="topbar" inert={inert}>
      <h1>citemap</h1>
      <Summary />
      {devServer && <AddSourceButton server={devServer} />}
      <button
        type="button"
        class="sidebar-toggle"
        aria-expanded={sidebarOpen}
        aria-controls="sidebar"
        data-testid="sidebar-toggle"
        onClick={onToggleSidebar}
      >
        {sidebarOpen ? 'Hide filters' : 'Filters & places'}
      </button>
    </header>
  );
}

function Sidebar({
  inert,
  handle,
  onChoose,
}: {
  inert: boolean;
  handle: MapHandle;
  onChoose(place: number): void;
}) {
  return (
    <nav
      id="sidebar"
      class="sidebar"
      aria-label="Filters and places"
      data-testid="sidebar"
      inert={inert}
    >
      {data.value && (
        <>
          <SourceFilter />
          <YearFilter />
          <PlaceList onChoose={onChoose} />
          <CorrectionsBox mapCenter={() => handle.view?.center() ?? null} />
          <ExportButtons />
          <Unresolved />
        </>
      )}
    </nav>
  );
}

/** The map, or what stands in for it while the data loads or after it failed to. */
function MainArea({
  inert,
  config,
  firstView,
  handle,
}: {
  inert: boolean;
  config: AppConfig | null;
  firstView: FirstViewState | null;
  handle: MapHandle;
}) {
  const error = loadError.value;
  const index = data.value;
  return (
    <main class="main" inert={inert}>
      {/* The map waits for its first view (view.json, tiny; or a view in the URL), so that it
          starts at the view that frames the cited places instead of loading tiles for another
          first; it does not wait for the places and mentions, which it draws as they come. */}
      {config && (firstView || error || urlHasView()) && (
        <MapPane
          styleUrl={config.style}
          bounds={firstView?.bounds ?? null}
          handle={handle}
          onMapLoaded={() => {
            document.body.dataset.mapLoaded = 'true';
          }}
        />
      )}
      {!index && !error && (
        <div class="overlay" role="status" data-testid="loading">
          Loading the sources and places…
        </div>
      )}
      {error && (
        <div class="overlay error" role="alert" data-testid="load-error">
          <h2>The map data could not be loaded</h2>
          <p>Reason: {error}.</p>
          <p>
            If you run citemap yourself, build the data with <code>npm run data</code> and reload.
          </p>
        </div>
      )}
    </main>
  );
}

/**
 * The page's grid, which makes room for the panel while a place is open. Only this follows
 * the open place: the parts passed in were made by App, which did not re-render, so Preact
 * leaves them as they are (opening a popup re-renders no filter or list).
 */
function Layout({ sidebarOpen, children }: { sidebarOpen: boolean; children: ComponentChildren }) {
  const panelOpen = openPlace.value !== null;
  return (
    <div class={`layout${sidebarOpen ? ' sidebar-open' : ''}${panelOpen ? ' panel-open' : ''}`}>
      {children}
    </div>
  );
}

export function App({ loading, start }: { loading: Loading; start: MapStart }) {
  const { config, firstView } = useDataLoading(loading, start);
  const [sidebarOpen, setSidebarOpen] = useState(() => !isPhone());
  const handle = useMemo<MapHandle>(() => ({ view: null, showPopup: () => {} }), []);
  useEscapeCloses(handle);

  const choose = useCallback(
    (place: number) => {
      selectPlace(place);
      handle.view?.focusPlace(place);
      if (isPhone()) setSidebarOpen(false);
    },
    [handle],
  );

  // The reader is modal: the rest of the page is taken out of tab order and reach meanwhile.
  const readerOpen = reader.value !== null;
  return (
    <Layout sidebarOpen={sidebarOpen}>
      {/* A button, not a link to an anchor: the URL's hash holds the map view. */}
      <button
        type="button"
        class="skip-link"
        data-testid="skip-to-map"
        onClick={() => handle.view?.focus()}
      >
        Skip to the map
      </button>
      <TopBar
        inert={readerOpen}
        sidebarOpen={sidebarOpen}
        onToggleSidebar={() => setSidebarOpen(!sidebarOpen)}
      />
      <Sidebar inert={readerOpen} handle={handle} onChoose={choose} />
      <MainArea inert={readerOpen} config={config} firstView={firstView} handle={handle} />
      <PlacePanel inert={readerOpen} />
      <ReviewQueue />
      <Reader
        onGoToPlace={(place) => {
          closeReader();
          choose(place);
        }}
      />
    </Layout>
  );
}
