import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { graphql } from './gql';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, TestApp } from './helpers/test-app';

// Read replicas against real MariaDB replication: run with scripts/replication.sh's primary and
// replica (TEST_DATABASE_URL and TEST_REPLICA_URLS from `scripts/replication.sh env`; CI does).
// The app under test reads with REPLICA_MAX_LAG_SECONDS=1 and READ_YOUR_WRITES_SECONDS=2.
const REPLICA_SOCKET = `${process.env.REPLICATION_DIR ?? '/tmp/roster-replication'}/replica/mysqld.sock`;
const run = process.env.TEST_REPLICA_URLS ? describe : describe.skip;

const AGENT = graphql(`
  query ReplicaAgent($id: ID!) {
    agent(id: $id) {
      id
      name
    }
  }
`);
const USERS = graphql(`
  query ReplicaUsers {
    users(first: 10) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const CREATE_USER = graphql(`
  mutation ReplicaCreateUser {
    createUser(input: { name: "Replica user", emails: ["replica-user@example.com"] }) {
      id
    }
  }
`);
const RENAME = graphql(`
  mutation ReplicaRename($id: ID!, $name: String!) {
    updateAgent(id: $id, input: { name: $name }) {
      id
      name
    }
  }
`);
const TOKEN = graphql(`
  mutation ReplicaToken {
    createApiToken(name: "replica reads", scopes: ["agents:read", "agents:write"]) {
      token
    }
  }
`);

/** A statement on the replica as its root (which read_only does not stop), in this worker's database. */
function onReplica(sql: string): string {
  const database = new URL(process.env.TEST_DATABASE_URL!).pathname.slice(1);
  return execFileSync('mysql', ['--no-defaults', '-uroot', '-S', REPLICA_SOCKET, '-N', '-B', database, '-e', sql], { encoding: 'utf8' });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A TCP relay to the replica that the test can cut, as when the replica's host dies. */
function relayTo(port: number) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: () => new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as net.AddressInfo).port))),
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

run('read replicas (MariaDB replication)', () => {
  let t: TestApp;
  let agentId: string;
  const replicaHealthy = async () => {
    const health = (await (await fetch(t.url.replace('/graphql', '/healthz'))).json()) as { replicas?: { healthy: boolean }[] };
    return !!health.replicas?.every((r) => r.healthy);
  };
  const nameAs = async (token: string) => (await t.ok(AGENT, { id: agentId }, { token })).agent?.name;

  beforeAll(async () => {
    // Requests go as they come: this suite tests the replicas' lag itself.
    t = await startTestApp({}, { replicaLag: true });
    agentId = (await t.createAgent({ email: 'replica@example.com', name: 'Original' })).id;
    await until('the replica to be healthy', replicaHealthy);
  });
  afterAll(async () => {
    onReplica('START SLAVE SQL_THREAD');
    await t.close();
  });

  it('answers a read-only request from the replica once its session has not written for a while', async () => {
    const reader = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await until(
      'the row on the replica',
      async () => onReplica(`SELECT name FROM agent WHERE id = ${Number(agentId)}`).trim() === 'Original',
    );
    const userId = Number((await t.ok(CREATE_USER, {}, { token: t.adminToken })).createUser.id);
    await until(
      'the user on the replica',
      async () => onReplica(`SELECT name FROM crm_user WHERE id = ${userId}`).trim() === 'Replica user',
    );
    // Only the replica holds these names: whoever answers them read the replica.
    onReplica(`UPDATE agent SET name = 'Only on the replica' WHERE id = ${Number(agentId)}`);
    onReplica(`UPDATE crm_user SET name = 'Replica copy' WHERE id = ${userId}`);
    const userNames = async () => (await t.ok(USERS, {}, { token: reader })).users.edges.map((e) => e.node.name);
    try {
      expect(await nameAs(reader)).toBe('Original'); // signed in just now: the primary
      expect(await userNames()).toEqual(['Replica user']);
      await sleep(2100);
      expect(await nameAs(reader)).toBe('Only on the replica');
      // The users list runs kept prepared statements (preparedRead): routed the same way.
      expect(await userNames()).toEqual(['Replica copy']);
    } finally {
      onReplica(`UPDATE agent SET name = 'Original' WHERE id = ${Number(agentId)}`);
      onReplica(`UPDATE crm_user SET name = 'Replica user' WHERE id = ${userId}`);
    }
  });

  it('never answers a session or token the value it has just overwritten, while the replica lags', async () => {
    const writer = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    const token = (await t.ok(TOKEN, {}, { token: writer })).createApiToken.token;
    await sleep(2100);
    onReplica('STOP SLAVE SQL_THREAD');
    for (let i = 1; i <= 6; i++) {
      const name = `Written ${i}`;
      const who = i % 2 ? writer : token;
      await t.ok(RENAME, { id: agentId, name }, { token: who });
      expect(await nameAs(who)).toBe(name);
    }
    onReplica('START SLAVE SQL_THREAD');
  });

  it('reads what authorizes a request (the agent’s permissions) from the primary, whatever the replica still holds', async () => {
    const email = 'replica-perms@example.com';
    const created = await t.createAgent({ email, name: 'Perms', permissionGroupIds: [], permissions: [] }, 'agent-password-1');
    const id = Number(created.id);
    const reader = await t.login(email, 'agent-password-1');
    await until('the agent on the replica', async () => onReplica(`SELECT id FROM agent WHERE id = ${id}`).trim() === String(id));
    await sleep(2100);
    // The replica's copy grants People > View (as a copy not yet caught up with a revoke would).
    onReplica(`UPDATE agent SET permissions = '["people.view"]' WHERE id = ${id}`);
    try {
      expect((await t.gql(USERS, {}, { token: reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      onReplica(`UPDATE agent SET permissions = '[]' WHERE id = ${id}`);
    }
  });

  it('takes a lagging replica out of rotation: other sessions read the primary once the lag passes REPLICA_MAX_LAG_SECONDS', async () => {
    const other = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await until('the replica to catch up', replicaHealthy);
    await sleep(2100);
    onReplica('STOP SLAVE SQL_THREAD');
    const writer = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await t.ok(RENAME, { id: agentId, name: 'After the stop' }, { token: writer });
    await until('the replica to leave the rotation', async () => !(await replicaHealthy()));
    expect(await nameAs(other)).toBe('After the stop');
    onReplica('START SLAVE SQL_THREAD');
    await until('the replica to come back', replicaHealthy);
    expect(await nameAs(other)).toBe('After the stop');
  });

  it('sends the reads of a replica that stops answering to the primary: clients see no error', async () => {
    const relay = relayTo(Number(new URL(process.env.TEST_REPLICA_URLS!.split(',')[0]).port));
    const port = await relay.listen();
    const replicaUrl = Object.assign(new URL(process.env.TEST_REPLICA_URLS!.split(',')[0]), {
      port: String(port),
      pathname: new URL(process.env.TEST_DATABASE_URL!).pathname,
    });
    const second = await startTestApp({ DATABASE_REPLICA_URLS: replicaUrl.toString() }, { shareDatabaseWith: t, replicaLag: true });
    try {
      const reader = await second.login(ADMIN_EMAIL, ADMIN_PASSWORD);
      await sleep(2100);
      const read = async () => (await second.ok(AGENT, { id: agentId }, { token: reader })).agent?.name;
      expect(await read()).toBe('After the stop');
      relay.cut();
      const answers = await Promise.all(Array.from({ length: 10 }, read));
      expect(answers).toEqual(Array(10).fill('After the stop'));
    } finally {
      relay.cut();
      await second.close();
    }
  });
});
