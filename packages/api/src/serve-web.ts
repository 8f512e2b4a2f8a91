import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import compression from 'compression';

// Vite names every file it emits under assets/ with a content hash (index-BoLoaDoi.js): a new
// build gets new names, so browsers may keep these for good. Everything else (index.html, the
// client-route fallback, files from public/) is revalidated on each load (cheap: ETag, 304).
const HASHED_ASSET = /^assets\/.+-[\w-]{8,}\.[a-z0-9]+(\.map)?$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built SPA from `dist`: compressed (brotli or gzip, as the browser accepts; the
 * `compression` middleware, brotli at quality 4 and gzip at level 6 by default), hashed assets
 * cached for a year, and index.html for client-side routes. /graphql and /healthz are routed
 * before this and are not compressed here (see README, Serving).
 */
export function serveWeb(app: express.Express, dist: string | undefined): void {
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) return;
  const indexHtml = path.join(dist, 'index.html');
  const web = express.Router();
  web.use(compression());
  web.use(
    express.static(dist, {
      index: false,
      cacheControl: false,
      setHeaders(res, file) {
        const rel = path.relative(dist, file).split(path.sep).join('/');
        res.setHeader('Cache-Control', HASHED_ASSET.test(rel) ? IMMUTABLE : REVALIDATE);
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
