/**
 * Builds the data and the static site once, serves dist/ on a free loopback port, and hands
 * the URL to the tests. The site under test is exactly what `npm run build` produces.
 */
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.CITEMAP_E2E_SKIP_BUILD) {
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  }
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('e2e: the preview server did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
