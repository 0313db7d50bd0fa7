// A tiny static file server on 127.0.0.1 (a random port) that behaves like an
// ordinary static host: gzip for text when the browser accepts it (Chromium
// offers brotli only over HTTPS), no caching tricks, 404 for anything missing.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** Serves `dir` until `close()`. */
export async function serveStatic(dir) {
  const root = path.resolve(dir);
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    try {
      if (!file.startsWith(root)) throw new Error('outside the root');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      if (!COMPRESSIBLE.test(type) || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return send(200, headers, body);
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      return send(200, { ...headers, 'Content-Encoding': 'gzip' }, gzipped.get(file));
    } catch {
      return send(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
