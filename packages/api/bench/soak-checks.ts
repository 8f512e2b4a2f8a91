import type { DataSource } from 'typeorm';
import type { CountingSink } from '@roster/testkit';

// What the soak's clients were told (acknowledged writes), and the closing checks of the data
// against it, read from the primary once every process has finished its jobs.

export class Ledger {
  /** Per agent: every name a client tried, and those acknowledged, in order. */
  readonly attempts = new Map<string, string[]>();
  readonly acked = new Map<string, string[]>();
  readonly users: string[] = [];
  readonly merges: { targetId: string; sourceId: string; emails: string[] }[] = [];
  readonly invitations: string[] = [];
  importId = '';

  renameAttempted(id: string, name: string): void {
    (this.attempts.get(id) ?? this.attempts.set(id, []).get(id)!).push(name);
  }

  renamed(id: string, name: string): void {
    (this.acked.get(id) ?? this.acked.set(id, []).get(id)!).push(name);
  }
}

type Rows = Record<string, string | number | null>[];

export async function checkSoak(
  ds: DataSource,
  ledger: Ledger,
  sink: CountingSink,
  expect: { importRows: number; kills: number; mailConcurrency: number },
): Promise<string[]> {
  const failures: string[] = [];
  const q = (sql: string, params: unknown[] = []) => ds.query(sql, params) as Promise<Rows>;
  const report = (name: string, ok: boolean, detail: string) => {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
    if (!ok) failures.push(`${name}: ${detail}`);
  };

  // Agents: the last acknowledged name, or a later attempt (sent, then its process died before answering).
  let renames = 0;
  const wrongNames: string[] = [];
  let missingLog = 0;
  for (const [id, acked] of ledger.acked) {
    renames += acked.length;
    const [row] = await q('SELECT name FROM agent WHERE id = ?', [Number(id)]);
    const attempts = ledger.attempts.get(id)!;
    const allowed = attempts.slice(attempts.lastIndexOf(acked[acked.length - 1]));
    if (!allowed.includes(String(row?.name))) wrongNames.push(`${id}: ${row?.name} (expected ${allowed.join(' or ')})`);
    const logged = new Set(
      (await q("SELECT new_value FROM change_log WHERE entity_type = 'AGENT' AND entity_id = ? AND field = 'name'", [id])).map((r) =>
        String(r.new_value),
      ),
    );
    missingLog += acked.filter((name) => !logged.has(name)).length;
  }
  report(
    'acknowledged agent writes present',
    wrongNames.length === 0,
    `${renames} renames of ${ledger.acked.size} agents${wrongNames.length ? `; wrong: ${wrongNames.slice(0, 3).join('; ')}` : ''}`,
  );
  report(
    'change log complete for every agent written',
    missingLog === 0,
    `${missingLog} acknowledged renames without their change-log entry`,
  );

  // Users and merges.
  const present = new Set((await q('SELECT address FROM user_email')).map((r) => String(r.address)));
  const lostUsers = ledger.users.filter((e) => !present.has(e));
  report('acknowledged users present', lostUsers.length === 0, `${ledger.users.length} created, ${lostUsers.length} missing`);
  const duplicates = await q('SELECT address, COUNT(*) AS n FROM user_email GROUP BY address HAVING COUNT(*) > 1');
  const agentDuplicates = await q('SELECT email, COUNT(*) AS n FROM agent GROUP BY email HAVING COUNT(*) > 1');
  report(
    'no duplicate addresses',
    !duplicates.length && !agentDuplicates.length,
    `${duplicates.length} user, ${agentDuplicates.length} agent addresses twice`,
  );
  let badMerges = 0;
  for (const m of ledger.merges) {
    // The source stays, hidden and marked, for the 7 days a merge can be undone.
    const [source] = await q('SELECT merged_into_id FROM crm_user WHERE id = ?', [Number(m.sourceId)]);
    const emails = (await q('SELECT address FROM user_email WHERE user_id = ?', [Number(m.targetId)])).map((r) => String(r.address));
    if (Number(source?.merged_into_id) !== Number(m.targetId) || !m.emails.every((e) => emails.includes(e))) badMerges++;
  }
  report(
    'acknowledged merges whole',
    badMerges === 0,
    `${ledger.merges.length} merges, ${badMerges} with the source not merged into the target or an address not moved`,
  );

  // The import: one job, completed once, every row an agent.
  const [job] = await q('SELECT status, created_count, total_rows, attempts FROM import_job WHERE id = ?', [Number(ledger.importId)]);
  const [{ n: imported }] = await q("SELECT COUNT(*) AS n FROM agent WHERE email LIKE 'soak-import-%'");
  const [{ n: jobs }] = await q('SELECT COUNT(*) AS n FROM import_job');
  report(
    'import COMPLETED exactly once',
    job?.status === 'COMPLETED' &&
      Number(job.created_count) === expect.importRows &&
      Number(imported) === expect.importRows &&
      Number(jobs) === 1,
    `${job?.status}, ${job?.created_count} created of ${job?.total_rows}, ${imported} agents, ${jobs} job(s), claimed ${job?.attempts} time(s) (more than once: taken over from a killed runner)`,
  );

  // Mail: every queued message sent; each arrived once by its Message-ID. A process killed after the
  // SMTP server accepted a message and before it recorded that can send it again (the stable
  // Message-ID lets mail systems drop it): at most one such message per connection, MAIL_CONCURRENCY per kill.
  const outbox = await q('SELECT id, status FROM mail_outbox');
  const unsent = outbox.filter((r) => r.status !== 'SENT').length;
  const received = [...sink.byMessageId.entries()].filter(([id]) => /^<roster-outbox-\d+@/.test(id));
  const receivedIds = new Set(received.map(([id]) => Number(/roster-outbox-(\d+)@/.exec(id)![1])));
  const neverArrived = outbox.filter((r) => !receivedIds.has(Number(r.id))).length;
  const twice = received.filter(([, n]) => n > 1).length;
  report(
    'every queued mail sent',
    unsent === 0 && neverArrived === 0,
    `${outbox.length} queued, ${unsent} not SENT, ${neverArrived} never arrived`,
  );
  report(
    `every mail sent once (at most MAIL_CONCURRENCY = ${expect.mailConcurrency} resends per kill)`,
    twice <= expect.kills * expect.mailConcurrency,
    `${twice} arrived twice, ${expect.kills} kills`,
  );
  const uninvited = ledger.invitations.filter((e) => !sink.byRecipient.get(e)).length;
  report('every acknowledged invitation mailed', uninvited === 0, `${ledger.invitations.length} invitations, ${uninvited} without mail`);

  // Seats: agents plus pending invitations, as the license counts them.
  const [{ n: agents }] = await q('SELECT COUNT(*) AS n FROM agent');
  const [{ n: pending }] = await q("SELECT COUNT(*) AS n FROM invitation WHERE stored_status = 'PENDING' AND expires_at > UTC_TIMESTAMP()");
  const invited = new Set((await q("SELECT email FROM invitation WHERE stored_status = 'PENDING'")).map((r) => String(r.email)));
  const lostInvitations = ledger.invitations.filter((e) => !invited.has(e)).length;
  report(
    'seats exact',
    lostInvitations === 0,
    `${agents} agents + ${pending} pending invitations = ${Number(agents) + Number(pending)} seats used; ${lostInvitations} acknowledged invitations missing`,
  );
  return failures;
}
