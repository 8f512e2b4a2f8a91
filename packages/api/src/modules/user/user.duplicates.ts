import { IsNull, Not } from 'typeorm';
import type { ServiceContext } from '../../common/service';
import { requirePermission } from '../permission/permission.check';
import { User, UserEmail } from './user.entity';
import { PEOPLE } from './user.permissions';
import { requireUser } from './user.service';
import { inUserScope, userScope } from './user.scope';
import { inList } from '../../common/relations';

/** Candidates read per email domain: a big shared domain (a webmail) is sampled, not scanned. */
const DOMAIN_CANDIDATES = 500;
export const MAX_DUPLICATES = 20;

export interface DuplicateCandidate {
  user: User;
  reasons: string[];
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * Names (their sort keys: case and accents folded) that look alike: a shared word of three
 * letters or more ("J. Smith" / "John Smith"), or few edits apart ("Jon Smith" / "John Smith").
 */
export function similarNames(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.split(/[\s.,'-]+/).filter((w) => w.length >= 3));
  const wa = words(a);
  if ([...words(b)].some((w) => wa.has(w))) return true;
  return levenshtein(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 5));
}

/** Users who may be the same person: the same phone, or an email on the same domain and a similar name. */
export async function userDuplicates(sc: ServiceContext, args: { userId: string; first?: number | null }): Promise<DuplicateCandidate[]> {
  await requirePermission(sc, PEOPLE.view, 'viewing users');
  const user = await requireUser(sc, args.userId);
  const limit = Math.max(0, Math.min(args.first ?? 10, MAX_DUPLICATES));
  const found = new Map<number, DuplicateCandidate>();
  const scope = await userScope(sc);
  const add = (u: User, reason: string) => {
    // Candidates out of the actor's scope are not shown (team-scoped visibility).
    if (!inUserScope(scope, u)) return;
    const c = found.get(u.id) ?? { user: u, reasons: [] };
    if (!c.reasons.includes(reason)) c.reasons.push(reason);
    found.set(u.id, c);
  };
  if (user.phoneKey) {
    const samePhone = await sc.em.find(User, {
      // In scope in the query, so that users the actor cannot see do not take the places.
      where: {
        phoneKey: user.phoneKey,
        id: Not(user.id),
        mergedIntoId: IsNull(),
        ...(scope && { organizationId: inList(scope.organizationIds) }),
      },
      take: MAX_DUPLICATES,
    });
    for (const u of samePhone) add(u, 'SAME_PHONE');
  }
  const domains = [...new Set((await sc.em.findBy(UserEmail, { userId: user.id })).map((e) => e.domain))];
  for (const domain of domains) {
    const rows = await sc.em.find(UserEmail, {
      where: { domain, userId: Not(user.id) },
      select: { userId: true },
      take: DOMAIN_CANDIDATES,
    });
    const ids = [...new Set(rows.map((r) => r.userId))];
    if (!ids.length) continue;
    const candidates = await sc.em.findBy(User, { id: inList(ids), mergedIntoId: IsNull() });
    for (const u of candidates) if (similarNames(user.nameKey, u.nameKey)) add(u, 'SAME_EMAIL_DOMAIN_SIMILAR_NAME');
  }
  return [...found.values()].sort((a, b) => b.reasons.length - a.reasons.length || a.user.id - b.user.id).slice(0, limit);
}
