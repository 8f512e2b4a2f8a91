import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

// Vite names every file it emits under assets/ with a content hash (index-BoLoaDoi.js): a new
// build gets new names, so browsers may keep these for good. Everything else (index.html, the
// client-route fallback, files from public/) is revalidated on each load (cheap: ETag, 304).
const HASHED_ASSET = /^assets\/.+-[\w-]{8,}\.[a-z0-9]+(\.map)?$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const cacheControl = (dist: string, file: string): string =>
  HASHED_ASSET.test(path.relative(dist, file).split(path.sep).join('/')) ? IMMUTABLE : REVALIDATE;

/** The best of br and gzip that Accept-Encoding allows (q > 0), brotli first. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const q = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const allowed = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : undefined;
}

/**
 * The build's precompressed copies (app.js.br, app.js.gz: brotli 11 and gzip 9, written by the
 * web build), sent as they are when the browser accepts them.
 */
function precompressed(dist: string): express.RequestHandler {
  const root = path.resolve(dist);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const encoding = pickEncoding(req.headers['accept-encoding']);
    let file: string;
    try {
      file = path.join(root, decodeURIComponent(req.path));
    } catch {
      return next();
    }
    if (!encoding || !file.startsWith(root + path.sep)) return next();
    fs.stat(`${file}.${encoding === 'br' ? 'br' : 'gz'}`, (err, stat) => {
      if (err || !stat.isFile()) return next();
      res.type(path.extname(file));
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControl(root, file));
      res.sendFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`, { cacheControl: false }, (e) => e && next(e));
    });
  };
}

/**
 * Serves the built SPA from `dist`: compressed (the build's .br/.gz copies, else on the fly by
 * the app-wide `compression` middleware in app.ts), hashed assets cached for a year, and
 * index.html for client-side routes. /graphql and /healthz are routed before this.
 */
export function serveWeb(app: express.Express, dist: string | undefined): void {
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) return;
  const indexHtml = path.join(dist, 'index.html');
  const web = express.Router();
  web.use(precompressed(dist));
  web.use(
    express.static(dist, {
      index: false,
      cacheControl: false,
      setHeaders(res, file) {
        res.setHeader('Cache-Control', cacheControl(dist, file));
      },
    }),
  );
  // A missing asset is a 404, not index.html (which a browser would try to run as a script).
  web.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  web.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/graphql')) return next();
    res.sendFile(indexHtml, { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } });
  });
  app.use(web);
}
