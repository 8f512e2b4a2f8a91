import net from 'node:net';
import { startTestApp, TestApp } from './helpers/test-app';

// Stopping the server (close(): SIGTERM, docker stop) drains it (src/http/drain.ts): an idle
// keep-alive connection is closed at once, a request in flight still gets its whole answer and
// its connection is closed after it, and nothing new is accepted.

const QUERY = JSON.stringify({ query: '{ viewer { id } }' });

/** A raw HTTP/1.1 keep-alive connection: what it has received, and whether it has closed. */
function connect(url: URL): Promise<{ socket: net.Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = net.connect(Number(url.port), url.hostname, () => resolve({ socket, received: () => text, closed }));
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('error', reject);
  });
}

const head = (url: URL, token: string, length: number) =>
  `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\nContent-Type: application/json\r\n` +
  `Authorization: Bearer ${token}\r\nContent-Length: ${length}\r\n\r\n`;

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('draining on stop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    if (t.roster.httpServer.listening) await t.close();
  });

  it('closes idle connections at once, answers the request in flight in full, then stops', async () => {
    const url = new URL(t.url);
    // An idle keep-alive connection: one answered request, then nothing.
    const idle = await connect(url);
    idle.socket.write(head(url, t.adminToken, Buffer.byteLength(QUERY)) + QUERY);
    await until(() => idle.received().includes('"viewer"'), 'the idle connection’s first answer');
    // A request in flight: its headers and half of its body sent.
    const busy = await connect(url);
    const cut = Math.floor(QUERY.length / 2);
    busy.socket.write(head(url, t.adminToken, Buffer.byteLength(QUERY)) + QUERY.slice(0, cut));
    await new Promise((r) => setTimeout(r, 100));

    let stopped = false;
    const stopping = t.close().then(() => (stopped = true));
    await idle.closed;
    expect(stopped).toBe(false);
    // No new connection is accepted any more.
    await expect(connect(url)).rejects.toThrow(/ECONNREFUSED/);

    busy.socket.write(QUERY.slice(cut));
    await busy.closed;
    expect(busy.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(busy.received()).toContain('{"data":{"viewer":{"id":"1"}}}');
    await stopping;
    expect(stopped).toBe(true);
  });
});
