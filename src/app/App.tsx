import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
// MapLibre 6 finds its worker next to its own module, which bundling breaks: point it at
// the worker Vite bundles for us.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useRef } from 'preact/hooks';
import { DATA_PATHS } from '../shared/types.ts';

setWorkerUrl(workerUrl);

/** Foundation placeholder: an offline map of the embedded basemap. */
export function App() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = new MaplibreMap({
      container: container.current,
      center: [66, 33],
      zoom: 3,
      attributionControl: { compact: false, customAttribution: 'Natural Earth (public domain)' },
      style: {
        version: 8,
        sources: { basemap: { type: 'geojson', data: DATA_PATHS.basemap } },
        layers: [
          { id: 'water', type: 'background', paint: { 'background-color': '#cfe3ef' } },
          {
            id: 'land',
            type: 'fill',
            source: 'basemap',
            paint: { 'fill-color': '#f4f1ea', 'fill-outline-color': '#a8a29a' },
          },
        ],
      },
    });
    map.on('load', () => {
      document.body.dataset.mapLoaded = 'true';
    });
    return () => map.remove();
  }, []);
  return <div class="map" ref={container} data-testid="map" />;
}
