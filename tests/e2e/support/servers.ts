import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { preview } from 'vite';

/** The production build the browser tests run against (E2E_DIST points elsewhere, e.g. a deliberately broken copy). */
export const DIST_DIR = resolve(process.env.E2E_DIST ?? 'dist');

export interface RunningServer {
  /** What this server is, for test names: "vite preview" or "static host". */
  readonly name: string;
  /** The app's URL, ending in "/": links are `${appUrl}#/result?...`. */
  readonly appUrl: string;
  /** scheme://host:port, the only origin the page may talk to. */
  readonly origin: string;
  close(): Promise<void>;
}

/** `vite preview` on a free port of 127.0.0.1, through Vite's own API and the project's config. */
export async function startVitePreview(distDir = DIST_DIR): Promise<RunningServer> {
  const server = await preview({
    root: process.cwd(),
    logLevel: 'silent',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    name: 'vite preview',
    appUrl: `${origin}/`,
    origin,
    close: () => server.close(),
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static file host, like an object store or GitHub Pages: files only,
 * a folder's index.html, 404 for everything else and no fallback rewriting.
 * It serves the build from a sub-folder, because people host it that way.
 */
export async function startStaticHost(distDir = DIST_DIR, folder = '/advisor/'): Promise<RunningServer> {
  const root = resolve(distDir);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      let file: string | undefined;
      if ((request.method === 'GET' || request.method === 'HEAD') && path.startsWith(folder)) {
        const candidate = normalize(join(root, path.slice(folder.length)));
        if (candidate === root || candidate.startsWith(root + sep)) {
          const info = await stat(candidate).catch(() => undefined);
          if (info?.isFile()) file = candidate;
          else if (info?.isDirectory() && path.endsWith('/')) file = join(candidate, 'index.html');
        }
      }
      const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file!)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => response.writeHead(400).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    name: 'static host',
    appUrl: `${origin}${folder}`,
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Both ways the build is served. */
export const SERVER_KINDS = [
  { name: 'vite preview', start: startVitePreview },
  { name: 'static host', start: startStaticHost },
] as const;
