import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { agentActor } from '../../common/actor';
import { bookkeeping, preparedValues, PreparedValues } from '../../common/prepared-read';
import { ColumnAccess, columnAccess, rowShape, RowShape } from '../../common/raw-rows';
import { API_TOKEN_PREFIX, SESSION_PREFIX, sha256 } from '../../common/tokens';
import { Agent, AgentStatus } from '../agent/agent.entity';
import { ApiToken } from '../api-token/api-token.entity';
import { Session, type SessionStage } from './auth.entity';
import { auditExpiredTokenUse, auditTokenFirstUse, RequestOrigin } from '../audit/audit.tokens';

const LAST_SEEN_EVERY_MS = 60_000;

/** The agent columns a session's actor carries (ActorAgent): every request reads them, so no more. */
export const ACTOR_COLUMNS = [
  'id',
  'name',
  'email',
  'isAdmin',
  'isReportsAdmin',
  'mustChangePassword',
  'status',
  'type',
  'language',
] as const;

interface SessionLookup {
  read: PreparedValues;
  agent: RowShape<Agent>;
  expiresAt: ColumnAccess;
  lastSeenAt: ColumnAccess;
  lastWriteAt: ColumnAccess;
}

const lookups = new WeakMap<DataSource, SessionLookup>();

/**
 * Every request passes here: session and agent in one hand-written, prepared statement (the
 * query builder and its entity transformer cost more than the lookup), with only the actor's
 * columns of the agent (a partial Agent: `viewer` loads the whole row when it needs more), as an
 * array of values, in this order: the session's id, whether its last-seen time is older than the
 * first parameter (compared by the database: no date to parse), its last write, its stage, then
 * the agent's columns.
 */
function sessionLookup(ds: DataSource): SessionLookup {
  let l = lookups.get(ds);
  if (!l) {
    const agent = rowShape(ds, Agent, 'a', ACTOR_COLUMNS);
    l = {
      read: preparedValues(
        ds,
        `SELECT s.id, s.last_seen_at < ?, s.last_write_at, s.stage, ${agent.columns} FROM session s INNER JOIN agent a ON a.id = s.agent_id ` +
          'WHERE s.token_hash = ? AND s.expires_at > ?',
      ),
      agent,
      expiresAt: columnAccess(ds, Session, 'expiresAt'),
      lastSeenAt: columnAccess(ds, Session, 'lastSeenAt'),
      lastWriteAt: columnAccess(ds, Session, 'lastWriteAt'),
    };
    lookups.set(ds, l);
  }
  return l;
}

/**
 * Maps a bearer/cookie token to the acting agent or API token; unknown or expired tokens act as
 * nobody. Runs once per request before any resolver, at the edge.
 */
export async function resolveActor(
  ds: DataSource,
  token: string | null,
  origin?: RequestOrigin,
): Promise<{ actor: Actor | null; sessionToken: string | null; lastWriteAt: Date | null }> {
  const nobody = { actor: null, sessionToken: null, lastWriteAt: null };
  if (!token) return nobody;
  const now = new Date();
  const hash = sha256(token);
  if (token.startsWith(`${SESSION_PREFIX}_`)) {
    const lookup = sessionLookup(ds);
    const seenBefore = lookup.lastSeenAt.persist(new Date(now.getTime() - LAST_SEEN_EVERY_MS));
    const [row] = await lookup.read([seenBefore, hash, lookup.expiresAt.persist(now)]);
    if (!row) return nobody;
    const agent = lookup.agent.hydrateValues(row, 4);
    if (agent.status !== AgentStatus.ACTIVE) return nobody;
    const sessionId = Number(row[0]);
    if (Number(row[1]) === 1) await ds.getRepository(Session).update(sessionId, { lastSeenAt: now });
    return {
      actor: agentActor(agent, sessionId, (row[3] as SessionStage | null) ?? null),
      sessionToken: token,
      lastWriteAt: row[2] === null ? null : (lookup.lastWriteAt.hydrate(row[2]) as Date),
    };
  }
  if (token.startsWith(`${API_TOKEN_PREFIX}_`)) {
    const apiToken = await ds.getRepository(ApiToken).findOneBy({ tokenHash: hash });
    if (apiToken) await auditExpiredTokenUse(ds, apiToken, now, origin);
    if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt <= now)) return nobody;
    // The token acts with its creator's current rights, narrowed by its scopes.
    const agent = await ds.getRepository(Agent).findOneBy({ id: apiToken.createdById });
    if (!agent || agent.status !== AgentStatus.ACTIVE) return nobody;
    await auditTokenFirstUse(ds, apiToken, now, origin);
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > LAST_SEEN_EVERY_MS) {
      await ds.getRepository(ApiToken).update(apiToken.id, { lastUsedAt: now });
    }
    return {
      actor: { kind: 'API_TOKEN', agent, tokenId: apiToken.id, scopes: apiToken.scopes, name: `${apiToken.name} (API token)` },
      sessionToken: null,
      lastWriteAt: apiToken.lastWriteAt,
    };
  }
  return nobody;
}

/** A session or API token wrote (read replicas, MySQL only): its reads stay on the primary for READ_YOUR_WRITES_SECONDS. */
export async function recordWrite(ds: DataSource, actor: Actor, now: Date): Promise<void> {
  const [table, id] = actor.sessionId ? ['session', actor.sessionId] : actor.tokenId ? ['api_token', actor.tokenId] : [];
  if (table) await bookkeeping(ds, `UPDATE ${table} SET last_write_at = ? WHERE id = ?`, [now, id]);
}
