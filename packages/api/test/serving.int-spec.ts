import { graphql } from './gql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { startTestApp, TestApp } from './helpers/test-app';

// The API serves the built SPA (WEB_DIST): compressed, hashed assets cached for good, and
// index.html (also the answer for client-side routes) revalidated on every load.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c4d.js"></script></head><body><div id="root"></div></body></html>';
// About 200 kB of repetitive JavaScript, like a bundle.
const APP_JS = Array.from({ length: 4000 }, (_, i) => `export function component${i}(props) { return props.value + ${i}; }`).join('\n');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Raw bytes on the wire (fetch would decode them and hide the encoding). */
  raw: Buffer;
  text(): string;
}

function get(base: string, urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(urlPath, base), { headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const text = () =>
            (encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text });
        });
      })
      .on('error', reject);
  });
}

describe('serving the SPA', () => {
  let t: TestApp;
  let dist: string;
  let base: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js'), APP_JS);
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ WEB_DIST: dist });
    base = new URL(t.url).origin;
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('compresses JavaScript with brotli or gzip as the browser accepts', async () => {
    const br = await get(base, '/assets/app-1a2b3c4d.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.raw.length).toBeLessThan(APP_JS.length / 5);
    expect(br.text()).toBe(APP_JS);

    const gzip = await get(base, '/assets/app-1a2b3c4d.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.raw.length).toBeLessThan(APP_JS.length / 5);
    expect(gzip.text()).toBe(APP_JS);

    const plain = await get(base, '/assets/app-1a2b3c4d.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.raw.toString('utf8')).toBe(APP_JS);
  });

  it('caches hashed assets for a year, immutable', async () => {
    const js = await get(base, '/assets/app-1a2b3c4d.js', { 'accept-encoding': 'br' });
    expect(js.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('revalidates index.html, other files and the client-route fallback on every load', async () => {
    for (const urlPath of ['/', '/index.html', '/agents/42', '/sign-in?next=%2F']) {
      const page = await get(base, urlPath, { 'accept-encoding': 'gzip', accept: 'text/html' });
      expect({ urlPath, status: page.status, cache: page.headers['cache-control'] }).toEqual({ urlPath, status: 200, cache: 'no-cache' });
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text()).toBe(INDEX_HTML);
    }
    const icon = await get(base, '/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers HEAD like GET and a missing asset with 404, not the page', async () => {
    const head = await get(base, '/agents', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['cache-control']).toBe('no-cache');
    const missing = await get(base, '/assets/gone-9f8e7d6c.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toBe(IMMUTABLE);
  });

  it('leaves /graphql and /healthz to the API', async () => {
    expect((await get(base, '/healthz')).text()).toBe('{"ok":true}');
    const r = await t.gql(
      graphql(`
        query ServingViewer {
          viewer {
            id
          }
        }
      `),
      {},
      { token: t.adminToken },
    );
    expect(r.status).toBe(200);
    expect(r.data!.viewer!.id).toBeTruthy();
  });
});

describe("serving the build's precompressed files", () => {
  let t: TestApp;
  let dist: string;
  let base: string;
  // Stand-ins for the web build's brotli-11 and gzip-9 copies: sent byte for byte.
  const br = zlib.brotliCompressSync(Buffer.from(APP_JS), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  const gz = zlib.gzipSync(APP_JS, { level: 9 });

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js'), APP_JS);
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js.br'), br);
    fs.writeFileSync(path.join(dist, 'assets', 'app-1a2b3c4d.js.gz'), gz);
    t = await startTestApp({ WEB_DIST: dist });
    base = new URL(t.url).origin;
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends app.js.br or app.js.gz as they are, with the headers of app.js', async () => {
    for (const [accept, encoding, bytes] of [
      ['gzip, deflate, br', 'br', br],
      ['gzip;q=1, br;q=0', 'gzip', gz],
    ] as const) {
      const r = await get(base, '/assets/app-1a2b3c4d.js', { 'accept-encoding': accept });
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers['content-type']).toMatch(/javascript/);
      expect(r.headers['cache-control']).toBe(IMMUTABLE);
      expect(r.headers.vary).toMatch(/Accept-Encoding/i);
      expect(r.raw.equals(bytes)).toBe(true);
    }
    const plain = await get(base, '/assets/app-1a2b3c4d.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.raw.toString('utf8')).toBe(APP_JS);
  });

  it('never serves files outside WEB_DIST', async () => {
    const r = await get(base, '/assets/..%2f..%2f..%2fetc%2fpasswd', { 'accept-encoding': 'br' });
    expect(r.text()).not.toMatch(/root:/);
  });
});

describe('compressing GraphQL answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const post = (query: string, acceptEncoding: string) =>
    new Promise<{ encoding?: string; raw: Buffer }>((resolve, reject) => {
      const req = http.request(
        t.url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}`, 'accept-encoding': acceptEncoding },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], raw: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ query }));
    });

  it('compresses answers over 1 kB and sends small ones as they are', async () => {
    const small = await post('{ viewer { id } }', 'gzip, br');
    expect(small.encoding).toBeUndefined();
    const big = await post('{ permissionCatalog { key label category } viewer { effectivePermissions } }', 'gzip, br');
    expect(big.encoding).toBe('br');
    const json = JSON.parse(zlib.brotliDecompressSync(big.raw).toString('utf8'));
    expect(json.errors).toBeUndefined();
    expect(big.raw.length).toBeLessThan(JSON.stringify(json).length / 2);
  });
});
