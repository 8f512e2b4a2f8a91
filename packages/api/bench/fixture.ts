import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PERMISSION_CATALOG } from '@roster/shared';
import { createApp, RosterApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDataSource, QueryCounter } from '../src/db/data-source';
import { inTransaction } from '../src/common/transaction';
import { insertInChunks, seedDemo } from '../src/db/seed';
import { Agent, AgentStatus, newAgentRow, syncAgentWords } from '../src/modules/agent';
import { AgentDepartment, Department, DepartmentAccessLevel } from '../src/modules/department';
import { AgentPermissionGroup, PermissionGroup } from '../src/modules/permission';
import { Team, TeamMember } from '../src/modules/team';
import { prng } from './stats';

export const ADMIN_EMAIL = 'bench-admin@example.com';
export const ADMIN_PASSWORD = 'bench-password-1';

export interface BenchApp {
  roster: RosterApp;
  url: string;
  dbPath: string;
  sql: QueryCounter;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Stops the app; `keepFiles` leaves the SQLite file for other processes (remove() deletes it). */
  close(keepFiles?: boolean): Promise<void>;
  remove(): void;
}

/**
 * The real app (HTTP, Apollo, TypeORM) on a throw-away SQLite file, or on `databaseUrl` (a
 * MySQL/MariaDB schema, emptied first unless `keepData`: a bench that reuses its seed), and a free port.
 */
export async function startBenchApp(databaseUrl?: string, { keepData = false } = {}): Promise<BenchApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-bench-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl ?? `sqlite:${dbPath}`,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LICENSE_SEATS: '100000',
    OUTBOX_POLL_MS: '0',
    WEB_DIST: '/nonexistent',
  });
  const sql = new QueryCounter();
  if (config.db.type === 'mysql' && !keepData) {
    const ds = createDataSource(config.db);
    await ds.initialize();
    await ds.dropDatabase();
    await ds.destroy();
  }
  const roster = await createApp(config, { sqlLogger: sql, log: () => undefined });
  await new Promise<void>((r) => roster.httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(roster.httpServer.address() as AddressInfo).port}/graphql`;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }
  return {
    roster,
    url,
    dbPath,
    sql,
    gql,
    async close(keepFiles = false) {
      await roster.close();
      if (!keepFiles) fs.rmSync(dir, { recursive: true, force: true });
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const FIRST = [
  'Ava',
  'Ben',
  'Chloe',
  'Diego',
  'Eva',
  'Felix',
  'Gita',
  'Hugo',
  'Ines',
  'Jamal',
  'Kira',
  'Leo',
  'Mina',
  'Nils',
  'Olga',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wen',
  'Xenia',
  'Yara',
  'Zane',
  'Aiden',
  'Bea',
  'Caio',
  'Dana',
];
const LAST = [
  'Adams',
  'Bauer',
  'Costa',
  'Dijkstra',
  'Eriksen',
  'Fujita',
  'Gomez',
  'Horvat',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Moreau',
  'Nakamura',
  'Okoye',
  'Perez',
  'Quist',
  'Romano',
  'Singh',
  'Tanaka',
  'Usman',
  'Varga',
  'Wright',
  'Xu',
  'Young',
  'Zhang',
];
const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const LANGS = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR'];

/**
 * The demo helpdesk plus bulk agents up to `total`, each in 1-2 teams (of 20), 1-2 permission
 * groups, 0-3 departments, some with direct permissions. Multi-row inserts in one transaction.
 */
export async function seedBulk(app: BenchApp, total: number): Promise<{ agents: number; teams: number; groups: number }> {
  const ds = app.roster.ds;
  await seedDemo(ds, { licenseSeats: Number.POSITIVE_INFINITY, log: () => undefined });
  const rand = prng(20251123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  await inTransaction(ds, async (em) => {
    const now = new Date();
    const existing = await em.count(Team);
    await insertInChunks(
      em,
      Team,
      Array.from({ length: Math.max(0, 20 - existing) }, (_, i) => ({ name: `Pod ${String(i + 1).padStart(2, '0')}`, createdAt: now })),
    );
    const teamIds = (await em.find(Team, { select: { id: true } })).map((t) => t.id);
    const groupIds = (await em.find(PermissionGroup, { select: { id: true } })).map((g) => g.id);
    const deptIds = (await em.find(Department, { select: { id: true } })).map((d) => d.id);
    const count = Math.max(0, total - (await em.count(Agent)));
    const rows = Array.from({ length: count }, (_, i) => {
      const [first, last] = [pick(FIRST), pick(LAST)];
      return newAgentRow({
        email: `${first}.${last}.${i}@bench.roster.local`.toLowerCase(),
        name: `${first} ${last}`,
        alias: rand() < 0.1 ? first : null,
        timezone: pick(ZONES),
        language: pick(LANGS),
        status: rand() < 0.05 ? AgentStatus.DISABLED : AgentStatus.ACTIVE,
        permissions:
          rand() < 0.2
            ? some(
                PERMISSION_CATALOG.map((p) => p.key),
                1,
                2,
              )
            : [],
        createdAt: now,
        updatedAt: now,
      });
    });
    await insertInChunks(em, Agent, rows);
    const ids = (await em.find(Agent, { select: { id: true, email: true } }))
      .filter((a) => a.email.endsWith('@bench.roster.local'))
      .map((a) => a.id);
    if (count) await syncAgentWords(em, ids);
    await insertInChunks(
      em,
      TeamMember,
      ids.flatMap((agentId) => some(teamIds, 1, 2).map((teamId) => ({ teamId, agentId }))),
      1000,
    );
    await insertInChunks(
      em,
      AgentPermissionGroup,
      ids.flatMap((agentId) => some(groupIds, 1, 2).map((groupId) => ({ groupId, agentId }))),
      1000,
    );
    const levels = [DepartmentAccessLevel.FULL, DepartmentAccessLevel.ASSIGN];
    await insertInChunks(
      em,
      AgentDepartment,
      ids.flatMap((agentId) => some(deptIds, 0, 3).map((departmentId) => ({ agentId, departmentId, access: pick(levels) }))),
      1000,
    );
  });
  return {
    agents: await ds.getRepository(Agent).count(),
    teams: await ds.getRepository(Team).count(),
    groups: await ds.getRepository(PermissionGroup).count(),
  };
}
