import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
// MapLibre 6 finds its worker next to its own module, which bundling breaks: point it at
// the worker Vite bundles for us.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { render } from 'preact';
import { App } from './App.tsx';
import { mapStartWithin, startLoading } from './data.ts';
import { followPhoneLayout, PHONE_MEDIA } from './model/ui.ts';

setWorkerUrl(workerUrl);
// The map's worker boots, and the data and configuration download, while Preact renders.
prewarm();
const loading = startLoading();
followPhoneLayout(document.documentElement, window.matchMedia(PHONE_MEDIA));
/** How long the first render waits for the map's configuration and first view (data.ts). */
const MAP_START_WAIT_MS = 300;
const root = document.getElementById('app');
if (root) {
  void mapStartWithin(loading, MAP_START_WAIT_MS).then((start) =>
    render(<App loading={loading} start={start} />, root),
  );
}
