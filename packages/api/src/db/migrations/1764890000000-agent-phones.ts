import { MigrationInterface, QueryRunner } from 'typeorm';
import { parsePhone, type PhoneLabel, type StoredPhone } from '@roster/shared';

const CHUNK = 500;

/** The single phone columns of agent and the label each becomes. */
const LEGACY: [column: 'phone' | 'landline_phone' | 'mobile_phone', label: PhoneLabel][] = [
  ['phone', 'SMS'],
  ['landline_phone', 'LANDLINE'],
  ['mobile_phone', 'MOBILE'],
];

type Row = Record<string, string | number | null>;

/**
 * Phone numbers in E.164 (issue 24). Agents: column `phones` (JSON list of labelled numbers)
 * replaces phone (SMS), landline_phone (LANDLINE) and mobile_phone (MOBILE). A number that
 * parses (international form: it starts with +) is stored in E.164; one that does not is kept as
 * it was with `valid: false` (shown as "not checked" until someone fixes or removes it) and named in
 * the migration log. Then the old columns go. Plain ALTERs (as 1764850000000-light-agents): TypeORM's
 * addColumn/dropColumn rebuild the table on SQLite, and the agent table is the parent of most others.
 *
 * CRM users' and agents' CRM phones that parse become E.164 too (with the key duplicate suggestions
 * compare); those that do not stay as they were (the rule applies to the next edit).
 */
export class AgentPhones1764890000000 implements MigrationInterface {
  name = 'AgentPhones1764890000000';

  private log(message: string): void {
    console.warn(`[migration ${this.name}] ${message}`);
  }

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE agent ADD COLUMN phones text NULL');
    await eachChunk(q, 'agent', 'id', ['phone', 'landline_phone', 'mobile_phone'], async (rows) => {
      for (const r of rows) {
        const phones: StoredPhone[] = [];
        for (const [column, label] of LEGACY) {
          const raw = String(r[column] ?? '').trim();
          if (!raw) continue;
          const parsed = parsePhone(raw);
          if (parsed.ok) phones.push({ label, number: parsed.e164 });
          else {
            phones.push({ label, number: raw, valid: false });
            this.log(`agent ${r.id}: ${column} "${raw}" kept as ${label} but not checked: ${parsed.problem}`);
          }
        }
        await q.query('UPDATE agent SET phones = ? WHERE id = ?', [JSON.stringify(phones), r.id]);
      }
    });
    for (const [column] of LEGACY) await q.query(`ALTER TABLE agent DROP COLUMN ${column}`);
    await eachChunk(q, 'crm_user', 'id', ['phone'], async (rows) => {
      for (const r of rows) {
        const parsed = parsePhone(String(r.phone));
        if (parsed.ok && parsed.e164 !== r.phone) {
          await q.query('UPDATE crm_user SET phone = ?, phone_key = ? WHERE id = ?', [parsed.e164, parsed.e164, r.id]);
        }
      }
    });
    await eachChunk(q, 'agent_crm_profile', 'agent_id', ['phone'], async (rows) => {
      for (const r of rows) {
        const parsed = parsePhone(String(r.phone));
        if (parsed.ok && parsed.e164 !== r.phone) {
          await q.query('UPDATE agent_crm_profile SET phone = ? WHERE agent_id = ?', [parsed.e164, r.agent_id]);
        }
      }
    });
  }

  async down(q: QueryRunner): Promise<void> {
    // The first number of each label goes back to its column (E.164 is a valid old-style phone).
    for (const [column] of LEGACY) await q.query(`ALTER TABLE agent ADD COLUMN ${column} varchar(50) NULL`);
    await eachChunk(q, 'agent', 'id', ['phones'], async (rows) => {
      for (const r of rows) {
        const phones = JSON.parse(String(r.phones)) as StoredPhone[];
        const first = (label: PhoneLabel) => phones.find((p) => p.label === label)?.number ?? null;
        await q.query('UPDATE agent SET phone = ?, landline_phone = ?, mobile_phone = ? WHERE id = ?', [
          ...LEGACY.map(([, label]) => first(label)),
          r.id,
        ]);
      }
    });
    await q.query('ALTER TABLE agent DROP COLUMN phones');
  }
}

/** Rows of `table` (keyset on `key`) where any of `columns` is set, a chunk at a time. */
async function eachChunk(q: QueryRunner, table: string, key: string, columns: string[], fn: (rows: Row[]) => Promise<void>) {
  const anySet = columns.map((c) => `${c} IS NOT NULL`).join(' OR ');
  for (let last = 0; ;) {
    const rows: Row[] = await q.query(
      `SELECT ${key}, ${columns.join(', ')} FROM ${table} WHERE ${key} > ? AND (${anySet}) ORDER BY ${key} LIMIT ?`,
      [last, CHUNK],
    );
    if (rows.length) await fn(rows);
    if (rows.length < CHUNK) return;
    last = Number(rows[rows.length - 1][key]);
  }
}
