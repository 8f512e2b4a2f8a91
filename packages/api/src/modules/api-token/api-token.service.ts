import { clampFirst, MAX_PAGE_SIZE } from '../../common/pagination';
import { IsNull } from 'typeorm';
import { SCOPES } from '../../common/auth';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { badInput, FieldCheck, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { unknownValues } from '../../common/quote-input';
import type { ServiceContext } from '../../common/service';
import { API_TOKEN_PREFIX, newSecret, sha256 } from '../../common/tokens';
import { ApiToken } from './api-token.entity';

const NAME_MAX = 200; // the column's length: longer fails on MySQL and is kept whole on SQLite
const MAX_LIFETIME_DAYS = 3660; // ten years: later dates are typos

export async function createApiToken(
  sc: ServiceContext,
  args: { name: string; scopes: string[]; expiresAt?: Date | null },
): Promise<{ token: string; apiToken: ApiToken }> {
  const fc = new FieldCheck();
  const name = (args.name ?? '').trim();
  if (fc.check(!!name, 'name', 'must not be empty')) fc.check(name.length <= NAME_MAX, 'name', `must be at most ${NAME_MAX} characters`);
  const scopes = [...new Set(args.scopes ?? [])];
  const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  fc.check(!unknown.length, 'scopes', `${unknownValues('scope', unknown)} (known: ${SCOPES.join(', ')})`);
  fc.check(scopes.length > 0, 'scopes', 'choose at least one scope');
  const expiresAt = args.expiresAt ?? null;
  if (expiresAt) {
    const days = (expiresAt.getTime() - sc.clock().getTime()) / 86_400_000;
    if (fc.check(days > 0, 'expiresAt', 'must be in the future'))
      fc.check(days <= MAX_LIFETIME_DAYS, 'expiresAt', 'must be within ten years');
  }
  fc.throwIfAny();
  const token = newSecret(API_TOKEN_PREFIX);
  if (!sc.actor.agent) throw badInput({ name: 'API tokens belong to an agent' });
  const { identifiers } = await sc.em.insert(ApiToken, {
    name,
    tokenHash: sha256(token),
    prefix: token.slice(0, 12),
    scopes,
    createdById: sc.actor.agent.id,
    createdAt: sc.clock(),
    lastUsedAt: null,
    revokedAt: null,
    expiresAt,
  });
  const id = identifiers[0].id as number;
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.API_TOKEN, id, [
    { field: 'created', oldValue: null, newValue: `${name} [${scopes.join(', ')}]` },
  ]);
  return { token, apiToken: await sc.em.findOneByOrFail(ApiToken, { id }) };
}

export async function revokeApiToken(sc: ServiceContext, args: { id: string }): Promise<ApiToken> {
  const token = await sc.em.findOneBy(ApiToken, { id: parseId(args.id) });
  if (!token) throw notFound('API token');
  if (!token.revokedAt) {
    await sc.em.update(ApiToken, token.id, { revokedAt: sc.clock() });
    await recordChanges(sc.em, sc.actor, ChangeLogEntityType.API_TOKEN, token.id, [
      { field: 'revoked', oldValue: null, newValue: token.name },
    ]);
  }
  return sc.em.findOneByOrFail(ApiToken, { id: token.id });
}

/** The newest `first` tokens (at most 100: revoked ones accumulate). */
export const listApiTokens = (sc: ServiceContext, args: { includeRevoked: boolean; first?: number | null }) =>
  sc.em.find(ApiToken, {
    where: args.includeRevoked ? {} : { revokedAt: IsNull() },
    order: { id: 'DESC' },
    take: clampFirst(args.first ?? MAX_PAGE_SIZE),
  });
