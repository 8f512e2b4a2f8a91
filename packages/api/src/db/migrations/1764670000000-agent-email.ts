import { MigrationInterface, QueryRunner, Table } from 'typeorm';

const CHUNK = 500;

interface AgentRow {
  id: number | string;
  email: string;
  extra_emails: string | null;
}

const parseList = (json: string | null): string[] => {
  try {
    const v: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? v.filter((e): e is string => typeof e === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * Login and extra addresses of agents become one namespace (issue 18.2): table agent_email, one
 * row per address (normalised lower-case, the primary key; binary collation on MySQL, as SQLite
 * compares), its agent (deleting the agent frees it) and its kind (LOGIN or EXTRA).
 *
 * Backfill of existing agents, in id order: every login keeps its address (logins were unique
 * already); an extra address keeps its first holder, where a login counts before any extra and a
 * lower agent id before a higher one. An extra that another agent already holds, that is the
 * agent's own login, or that it lists twice is dropped from that agent's extra_emails, and each drop
 * is written to the migration log (stderr at start-up) naming the agent, the address and the holder.
 */
export class AgentEmail1764670000000 implements MigrationInterface {
  name = 'AgentEmail1764670000000';

  /** The migration log: one line per address the backfill could not give its agent. */
  private log(message: string): void {
    console.warn(`[migration ${this.name}] ${message}`);
  }

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql';
    await q.createTable(
      new Table({
        name: 'agent_email',
        columns: [
          {
            name: 'address',
            type: 'varchar',
            length: '254',
            isPrimary: true,
            ...(mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {}),
          },
          { name: 'agent_id', type: 'integer', isNullable: false },
          { name: 'kind', type: 'varchar', length: '8', isNullable: false },
        ],
        foreignKeys: [{ columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
        indices: [{ name: 'ix_agent_email_agent', columnNames: ['agent_id'] }],
      }),
      true,
    );
    await this.backfill(q);
  }

  private async backfill(q: QueryRunner): Promise<void> {
    const holder = new Map<string, number>();
    // Pass 1: logins (unique already), so that no extra of a lower id can take one.
    await eachChunk(q, async (rows) => {
      const claimed: [string, number, string][] = [];
      for (const r of rows) {
        const address = r.email.trim().toLowerCase();
        const owner = holder.get(address);
        // Only where the database compared logins case-sensitively (SQLite) and a writer skipped the normalisation.
        if (owner !== undefined) this.log(`agent ${r.id}: login ${address} not reserved: agent ${owner} uses it too; change one of them`);
        else {
          holder.set(address, Number(r.id));
          claimed.push([address, Number(r.id), 'LOGIN']);
        }
      }
      await insert(q, claimed);
    });
    // Pass 2: extras, first come first served.
    await eachChunk(q, async (rows) => {
      const claimed: [string, number, string][] = [];
      for (const r of rows) {
        const id = Number(r.id);
        const listed = parseList(r.extra_emails);
        const kept: string[] = [];
        for (const raw of listed) {
          const address = raw.trim().toLowerCase();
          const owner = holder.get(address);
          if (owner === undefined) {
            holder.set(address, id);
            kept.push(address);
            claimed.push([address, id, 'EXTRA']);
          } else if (owner === id) {
            this.log(`agent ${id}: extra email ${address} dropped: it is its login, or listed twice`);
          } else {
            this.log(`agent ${id}: extra email ${address} dropped: agent ${owner} already uses it`);
          }
        }
        if (JSON.stringify(kept) !== JSON.stringify(listed)) {
          await q.query('UPDATE agent SET extra_emails = ? WHERE id = ?', [JSON.stringify(kept), id]);
        }
      }
      await insert(q, claimed);
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('agent_email', true);
  }
}

async function eachChunk(q: QueryRunner, fn: (rows: AgentRow[]) => Promise<void>): Promise<void> {
  for (let lastId = 0; ;) {
    const rows: AgentRow[] = await q.query('SELECT id, email, extra_emails FROM agent WHERE id > ? ORDER BY id LIMIT ?', [lastId, CHUNK]);
    if (rows.length) await fn(rows);
    if (rows.length < CHUNK) return;
    lastId = Number(rows[rows.length - 1].id);
  }
}

async function insert(q: QueryRunner, rows: [string, number, string][]): Promise<void> {
  if (!rows.length) return;
  await q.query(`INSERT INTO agent_email (address, agent_id, kind) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}`, rows.flat());
}
