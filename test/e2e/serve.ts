/** Serves a built site folder on a free loopback port (Vite's preview server, no config file). */
import { preview } from 'vite';

export async function serveDir(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`no preview URL for ${root}`);
  return { url, close: () => server.close() };
}
