import type { DataSource } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { Actor } from '../../common/actor';
import { agentActor } from '../../common/actor';
import { bookkeeping, preparedRead, PreparedRead } from '../../common/prepared-read';
import { rowShape, RowShape } from '../../common/raw-rows';
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
  read: PreparedRead;
  agent: RowShape<Agent>;
  expiresAt: ColumnMetadata;
  lastSeenAt: ColumnMetadata;
  lastWriteAt: ColumnMetadata;
}

const lookups = new WeakMap<DataSource, SessionLookup>();

/**
 * Every request passes here: session and agent in one hand-written, prepared statement (the
 * query builder and its entity transformer cost more than the lookup), with only the actor's
 * columns of the agent (a partial Agent: `viewer` loads the whole row when it needs more).
 */
function sessionLookup(ds: DataSource): SessionLookup {
  let l = lookups.get(ds);
  if (!l) {
    const agent = rowShape(ds, Agent, 'a', ACTOR_COLUMNS);
    const session = ds.getMetadata(Session);
    l = {
      read: preparedRead(
        ds,
        `SELECT s.id AS s_id, s.last_seen_at AS s_last_seen_at, s.last_write_at AS s_last_write_at, s.stage AS s_stage, ${agent.columns} FROM session s INNER JOIN agent a ON a.id = s.agent_id ` +
          'WHERE s.token_hash = ? AND s.expires_at > ?',
      ),
      agent,
      expiresAt: session.findColumnWithPropertyName('expiresAt')!,
      lastSeenAt: session.findColumnWithPropertyName('lastSeenAt')!,
      lastWriteAt: session.findColumnWithPropertyName('lastWriteAt')!,
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
    const [row] = await lookup.read([hash, ds.driver.preparePersistentValue(now, lookup.expiresAt)]);
    if (!row) return nobody;
    const agent = lookup.agent.hydrate(row);
    const session = { id: Number(row.s_id), lastSeenAt: ds.driver.prepareHydratedValue(row.s_last_seen_at, lookup.lastSeenAt) as Date };
    if (agent.status !== AgentStatus.ACTIVE) return nobody;
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
      await ds.getRepository(Session).update(session.id, { lastSeenAt: now });
    }
    return {
      actor: agentActor(agent, session.id, (row.s_stage as SessionStage | null) ?? null),
      sessionToken: token,
      lastWriteAt: ds.driver.prepareHydratedValue(row.s_last_write_at, lookup.lastWriteAt) as Date | null,
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
