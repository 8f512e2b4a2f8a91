import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { Actor } from '../../common/actor';
import { insertAuditEvents } from '../../common/audit';
import { AuditEvent } from '../../common/audit-event.entity';
import { ChangeLogEntityType } from '../../common/change-log';
import { ApiToken } from '../api-token/api-token.entity';

// API token security events, from the request's actor lookup (modules/auth resolve-actor.ts): each
// in a statement of its own, as that lookup runs before any transaction.

/** Where the request came from. */
export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

/** An expired token's refusals are recorded at most once an hour each (a script retrying cannot flood the log). */
const REFUSAL_EVERY_MS = 3_600_000;

const tokenTarget = (t: ApiToken) => ({ type: ChangeLogEntityType.API_TOKEN, id: t.id, label: t.name });

const tokenActor = (t: ApiToken, origin: RequestOrigin | undefined): Actor => ({
  kind: 'API_TOKEN',
  // Only the id counts here (the audit log's actor filter): the creator the token acts for.
  agent: { id: t.createdById } as Actor['agent'],
  tokenId: t.id,
  name: `${t.name} (API token)`,
  ip: origin?.ip ?? null,
  userAgent: origin?.userAgent ?? null,
});

/** The token's first use: recorded once, by whichever request marks it used first (a conditional UPDATE). */
export async function auditTokenFirstUse(ds: DataSource, token: ApiToken, now: Date, origin?: RequestOrigin): Promise<void> {
  if (token.lastUsedAt) return;
  const res = await ds.manager.update(ApiToken, { id: token.id, lastUsedAt: IsNull() }, { lastUsedAt: now });
  if (res.affected !== 1) return;
  await insertAuditEvents(ds.manager, tokenActor(token, origin), [
    { action: 'api_token.first_used', target: tokenTarget(token), occurredAt: now },
  ]);
}

/** A request with an expired token, refused. */
export async function auditExpiredTokenUse(ds: DataSource, token: ApiToken, now: Date, origin?: RequestOrigin): Promise<void> {
  if (token.revokedAt || !token.expiresAt || token.expiresAt > now) return;
  const recent = await ds.manager.exists(AuditEvent, {
    where: {
      targetType: ChangeLogEntityType.API_TOKEN,
      targetId: String(token.id),
      action: 'api_token.expired_refused',
      occurredAt: MoreThan(new Date(now.getTime() - REFUSAL_EVERY_MS)),
    },
  });
  if (recent) return;
  await insertAuditEvents(ds.manager, tokenActor(token, origin), [
    {
      action: 'api_token.expired_refused',
      outcome: 'REFUSED',
      target: tokenTarget(token),
      occurredAt: now,
      details: { expiredAt: token.expiresAt.toISOString() },
    },
  ]);
}
