/**
 * The page's side of the dev server's write path (src/devserver/). Null in a static build:
 * features that save through the server check `devServer` and offer their static-build
 * alternative (download, keep in the browser) when it is null.
 */

/** Mirrors src/devserver/guard.ts and plugin.ts (the page cannot import node code). */
const TOKEN_META = 'citemap-token';
const TOKEN_HEADER = 'x-citemap-token';
const DATA_CHANGED_EVENT = 'citemap:data-changed';

export interface DevServerReply {
  status: number;
  body: unknown;
}

export interface DevServer {
  /** POSTs `body` (JSON-encoded unless it is bytes) to an /api/ route, with the run's token. */
  post(
    path: string,
    body: unknown,
    headers?: Readonly<Record<string, string>>,
  ): Promise<DevServerReply>;
  /** Calls `callback` each time the server has rebuilt the data after a change. */
  onDataChanged(callback: () => void): void;
}

function tokenOfPage(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return meta?.content || null;
}

function connect(token: string): DevServer {
  return {
    async post(path, body, headers = {}) {
      const bytes = body instanceof Uint8Array || body instanceof Blob;
      const response = await fetch(path, {
        method: 'POST',
        headers: {
          [TOKEN_HEADER]: token,
          'Content-Type': bytes ? 'application/octet-stream' : 'application/json',
          ...headers,
        },
        body: bytes ? (body as BodyInit) : JSON.stringify(body),
      });
      let parsed: unknown = null;
      try {
        parsed = await response.json();
      } catch {
        parsed = { error: `the dev server answered HTTP ${response.status} without a message` };
      }
      return { status: response.status, body: parsed };
    },
    onDataChanged(callback) {
      import.meta.hot?.on(DATA_CHANGED_EVENT, callback);
    },
  };
}

const token = import.meta.env.DEV ? tokenOfPage() : null;

export const devServer: DevServer | null = token === null ? null : connect(token);
