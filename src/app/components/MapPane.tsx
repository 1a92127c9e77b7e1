/**
 * Hosts the MapView and wires it to the signals: counts → feature state, open place →
 * selection and popup. The MapView lives in a ref; Preact never re-renders the map itself.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { LonLatBounds } from '../../shared/geometry/view-bounds.ts';
import { MapView } from '../map/MapView.ts';
import { placingPlace, setPlacePoint } from '../model/add-place.ts';
import { tooltipText } from '../model/place-text.ts';
import { isPhone, popupClosed, popupOpened } from '../model/ui.ts';
import {
  cancelPick,
  counts,
  data,
  nothingShown,
  openPlace,
  pickOnMap,
  selectPlace,
  showEverything,
  uncertain,
} from '../state.ts';
import { hasValidMapView } from '../url-state.ts';

import { AddPlaceForm } from './AddPlaceForm.tsx';
import { Legend } from './Legend.tsx';
import { PopupContent } from './PopupContent.tsx';

/** Whether the URL holds a valid map view (MapLibre's `#map=zoom/lat/lon`), which then wins. */
export function urlHasView(): boolean {
  return hasValidMapView(location.hash);
}

export interface MapHandle {
  view: MapView | null;
  showPopup(place: number, lngLat?: [number, number]): void;
}

/** The MapView on `container`: a click picks a place (or sets a new place's point), a hover names it. */
function createView(
  container: HTMLElement,
  styleUrl: string | null,
  bounds: LonLatBounds | null,
  handle: MapHandle,
  onMapLoaded: () => void,
): MapView {
  // The first view frames the cited places, unless the URL already holds one. The App only
  // mounts this pane once that view is known, so no tile is loaded for a view left at once.
  return new MapView({
    container,
    styleUrl,
    bounds: urlHasView() ? null : bounds,
    onPick(place, lngLat) {
      // On a phone the panel's sheet shows the same quotes: a popup would only be cut off
      // behind it.
      if (isPhone()) {
        selectPlace(place);
        return;
      }
      // The popup first (showing it closes the previous one, which cancels its pick).
      handle.showPopup(place, lngLat);
      pickOnMap(place);
    },
    describe(place) {
      const p = data.value?.places[place];
      const c = counts.value;
      return p && c ? tooltipText(p.properties.name, c.own[place]!, c.total[place]!) : '';
    },
    onClickPoint(lngLat) {
      if (!placingPlace.value) return false;
      setPlacePoint(lngLat);
      return true;
    },
    onLoad: onMapLoaded,
  });
}

/** Shows a place's popup, its content rendered by Preact into the node the map holds. */
function popupShower(view: MapView): MapHandle['showPopup'] {
  return (place, lngLat) => {
    const p = data.value?.places[place];
    if (!p) return;
    const node = document.createElement('div');
    render(
      <PopupContent
        place={place}
        onMore={() => {
          // The panel may not be open yet (it follows the popup's quotes): open it now. A
          // panel that opens focuses its heading itself.
          selectPlace(place);
          document.querySelector<HTMLElement>('#panel-heading')?.focus();
        }}
      />,
      node,
    );
    popupOpened();
    view.showPopup(lngLat ?? p.properties.point, node, () => {
      render(null, node);
      popupClosed();
      cancelPick();
    });
  };
}

/** Sends the places, their counts and the selection to the map as they change; returns stop. */
function followState(view: MapView): () => void {
  // Sent again when the data is rebuilt while the map is open (a source added, a correction
  // saved).
  let placesSent: typeof data.value = null;
  const stopCounts = effect(() => {
    const index = data.value;
    const c = counts.value;
    if (!index || !c) return;
    if (placesSent !== index) {
      placesSent = index;
      view.setPlaces(index);
    }
    view.setCounts(c.own, uncertain.value);
  });
  const stopSelection = effect(() => {
    const place = openPlace.value;
    view.setSelected(place);
    if (place === null) view.closePopup();
    // On a phone the panel is a sheet over the lower part of the map: keep what it is
    // about in the part still visible.
    const sheet = place !== null && isPhone() ? window.innerHeight * 0.5 : 0;
    view.setBottomPadding(sheet);
  });
  return () => {
    stopCounts();
    stopSelection();
  };
}

export function MapPane({
  styleUrl,
  bounds,
  handle,
  onMapLoaded,
}: {
  styleUrl: string | null;
  /** The first view, unless the URL holds one. */
  bounds: LonLatBounds | null;
  handle: MapHandle;
  onMapLoaded(): void;
}) {
  const container = useRef<HTMLDivElement>(null);
  // A layout effect: the map starts in the same task as the render, not a frame later.
  useLayoutEffect(() => {
    if (!container.current) return;
    const view = createView(container.current, styleUrl, bounds, handle, onMapLoaded);
    handle.view = view;
    handle.showPopup = popupShower(view);
    const stopFollowing = followState(view);
    const onPop = () => view.showUrlView();
    window.addEventListener('popstate', onPop);
    const observer = new ResizeObserver(() => view.resize());
    observer.observe(container.current);
    return () => {
      stopFollowing();
      observer.disconnect();
      window.removeEventListener('popstate', onPop);
      view.remove();
      handle.view = null;
    };
  }, [styleUrl]);
  return (
    <div class="map-pane">
      <div class="map" ref={container} data-testid="map" />
      <Legend />
      <AddPlaceForm center={() => handle.view?.center() ?? null} />
      {nothingShown.value && (
        <div class="map-empty" role="status" data-testid="map-empty">
          No mentions match the current filters.{' '}
          <button type="button" class="link-button" onClick={showEverything}>
            Show all sources and years
          </button>
        </div>
      )}
    </div>
  );
}
