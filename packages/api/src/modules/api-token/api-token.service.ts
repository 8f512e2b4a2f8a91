import { EntityManager, IsNull } from 'typeorm';
import type { Actor } from '../../common/actor';
import { SCOPES } from '../../common/auth';
import { badInput, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { unknownValues } from '../../common/quote-input';
import { API_TOKEN_PREFIX, newSecret, sha256 } from '../../common/tokens';
import { ChangeLogEntityType } from '../change-log/change-log.entity';
import { recordChanges } from '../change-log/change-log.service';
import { ApiToken } from './api-token.entity';

const NAME_MAX = 200; // the column's length: longer fails on MySQL and is kept whole on SQLite

export async function createApiToken(em: EntityManager, actor: Actor, name: string, scopes: string[]): Promise<{ token: string; apiToken: ApiToken }> {
  const cleanName = name.trim();
  if (!cleanName) throw badInput({ name: 'must not be empty' });
  if (cleanName.length > NAME_MAX) throw badInput({ name: `must be at most ${NAME_MAX} characters` });
  const unique = [...new Set(scopes)];
  const unknown = unique.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length) throw badInput({ scopes: `${unknownValues('scope', unknown)} (known: ${SCOPES.join(', ')})` });
  if (!unique.length) throw badInput({ scopes: 'choose at least one scope' });
  const token = newSecret(API_TOKEN_PREFIX);
  const { identifiers } = await em.insert(ApiToken, {
    name: cleanName, tokenHash: sha256(token), prefix: token.slice(0, 12), scopes: unique,
    createdById: actor.agent!.id, createdAt: new Date(), lastUsedAt: null, revokedAt: null,
  });
  const id = identifiers[0].id as number;
  await recordChanges(em, actor, ChangeLogEntityType.API_TOKEN, id, [{ field: 'created', oldValue: null, newValue: `${cleanName} [${unique.join(', ')}]` }]);
  return { token, apiToken: await em.findOneByOrFail(ApiToken, { id }) };
}

export async function revokeApiToken(em: EntityManager, actor: Actor, id: string): Promise<ApiToken> {
  const token = await em.findOneBy(ApiToken, { id: parseId(id) });
  if (!token) throw notFound('API token');
  if (!token.revokedAt) {
    await em.update(ApiToken, token.id, { revokedAt: new Date() });
    await recordChanges(em, actor, ChangeLogEntityType.API_TOKEN, token.id, [{ field: 'revoked', oldValue: null, newValue: token.name }]);
  }
  return em.findOneByOrFail(ApiToken, { id: token.id });
}

export const listApiTokens = (em: EntityManager, includeRevoked: boolean) =>
  em.find(ApiToken, { where: includeRevoked ? {} : { revokedAt: IsNull() }, order: { id: 'DESC' } });
