import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnServer, type Server } from './servers';

// The soak's moving parts: API replicas (serve.ts children), a round-robin balancer in front of
// them that knows which replica each request went to (the SMTP sink: @roster/testkit's countingSink).

export interface Replica {
  name: string;
  server: Server;
  port: number;
  /** Requests sent to it and not yet answered. */
  inFlight: number;
  killedAt: number | null;
}

export class Cluster {
  readonly replicas: Replica[] = [];
  private next = 0;
  private readonly proxy: http.Server;
  /** Client-visible failures (the balancer's 502s), each with the replica that dropped it. */
  readonly dropped: { replica: string; at: number; wasKilled: boolean }[] = [];
  url = '';

  constructor(
    private readonly dbUrl: string,
    private readonly env: Record<string, string>,
  ) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    this.proxy = http.createServer((req, res) => {
      const live = this.replicas.filter((r) => r.killedAt === null);
      if (!live.length) {
        res.writeHead(503).end();
        return;
      }
      const target = live[this.next++ % live.length];
      target.inFlight++;
      const upstream = http.request(
        { host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers, agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          // A replica killed mid-answer closes the stream without an end: the client's answer is cut.
          answer.on('close', () => (answer.complete ? target.inFlight-- : this.drop(target, res)));
        },
      );
      upstream.on('error', () => this.drop(target, res));
      req.pipe(upstream);
    });
  }

  private drop(target: Replica, res: http.ServerResponse): void {
    target.inFlight--;
    this.dropped.push({ replica: target.name, at: Date.now(), wasKilled: target.killedAt !== null });
    if (!res.headersSent) res.writeHead(502).end();
    else res.destroy();
  }

  async start(count: number): Promise<void> {
    await new Promise<void>((r) => this.proxy.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.proxy.address() as AddressInfo).port}`;
    for (let i = 1; i <= count; i++) this.replicas.push(await this.spawn(`api-${i}`));
  }

  private async spawn(name: string): Promise<Replica> {
    const server = await spawnServer('app', this.dbUrl, { ...this.env, BENCH_SERVE_ENV: JSON.stringify(this.env) });
    return { name, server, port: Number(new URL(server.url).port), inFlight: 0, killedAt: null };
  }

  /** kill -9 of one replica (round robin), then a new process in its place. */
  async killOne(round: number): Promise<{ name: string; inFlight: number }> {
    const live = this.replicas.filter((r) => r.killedAt === null);
    const victim = live[round % live.length];
    const inFlight = victim.inFlight;
    victim.killedAt = Date.now();
    victim.server.child.removeAllListeners('exit');
    victim.server.child.kill('SIGKILL');
    this.replicas.push(await this.spawn(`${victim.name}'`));
    return { name: victim.name, inFlight };
  }

  async stop(): Promise<void> {
    for (const r of this.replicas.filter((x) => x.killedAt === null)) {
      r.server.child.removeAllListeners('exit');
      r.server.child.kill('SIGTERM');
    }
    await new Promise((r) => this.proxy.close(r));
  }
}
