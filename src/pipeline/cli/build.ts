/**
 * `npm run data`: builds everything the map reads under public/data/.
 * Foundation stub: writes the basemap only; the geoparsing stages plug in here.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBasemap } from '../../basemap/build.ts';

const outDir = path.resolve('public/data');

async function main(): Promise<void> {
  const started = performance.now();
  const basemap = await buildBasemap();
  const tmp = `${outDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await writeFile(path.join(tmp, 'basemap.json'), JSON.stringify(basemap));
  await rm(outDir, { recursive: true, force: true });
  await rename(tmp, outDir);
  console.log(
    `citemap: data written to public/data in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`citemap: build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
