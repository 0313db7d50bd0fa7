// A tiny static file server on 127.0.0.1 (random port) that behaves like an
// ordinary static host: gzip for text when the browser accepts it (Chromium
// offers brotli only over HTTPS), no caching tricks, 404 for anything missing.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;

/**
 * Serves `dir` until `close()`; `requests` lists every request it answered.
 * @returns {Promise<{ origin: string, requests: { url: string, status: number }[], close: () => Promise<void> }>}
 */
export async function serveStatic(dir) {
  const root = path.resolve(dir);
  const gzipCache = new Map();
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return send(404);
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body, { level: 9 }));
        headers['Content-Encoding'] = 'gzip';
        return send(200, headers, gzipCache.get(file));
      }
      return send(200, headers, body);
    } catch {
      return send(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    }
    function send(status, headers = {}, body = Buffer.alloc(0)) {
      requests.push({ url: url.pathname, status });
      res.writeHead(status, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
