// Words for the merge pieces of the API: duplicate reasons (user.duplicates.ts) and the
// CONFLICT of an address another user has (user.emails.ts), which suggests a merge.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

const REASONS = ['SAME_PHONE', 'SAME_EMAIL_DOMAIN_SIMILAR_NAME'] as const;
const isReason = (r: string): r is (typeof REASONS)[number] => (REASONS as readonly string[]).includes(r);

/** ["SAME_PHONE"] -> "The same phone number". */
export function duplicateReasons(t: TFunction<'crm'>, reasons: readonly string[]): string {
  const text = reasons.map((r) => (isReason(r) ? t(`mergePicker.reasons.${r}`) : r.toLowerCase().replace(/_/g, ' '))).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface MergeCandidate {
  id: string;
  name: string;
}

/** The other user named by an "address already belongs to" CONFLICT that suggests MERGE_USERS. */
export function mergeSuggestion(t: TFunction<'crm'>, error: unknown): MergeCandidate | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.suggestion !== 'MERGE_USERS' || typeof ext.existingUserId !== 'string') return null;
  return {
    id: ext.existingUserId,
    name: typeof ext.existingUserName === 'string' ? ext.existingUserName : t('mergePicker.userFallback', { id: ext.existingUserId }),
  };
}
