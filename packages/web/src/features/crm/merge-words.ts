// Words for the merge pieces of the API: duplicate reasons (user.duplicates.ts) and the
// CONFLICT of an address another user has (user.emails.ts), which suggests a merge.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const REASONS: Record<string, string> = {
  SAME_PHONE: 'the same phone number',
  SAME_EMAIL_DOMAIN_SIMILAR_NAME: 'a similar name and an email address on the same domain',
};

/** ["SAME_PHONE"] -> "The same phone number". */
export function duplicateReasons(reasons: readonly string[]): string {
  const text = reasons.map((r) => REASONS[r] ?? r.toLowerCase().replace(/_/g, ' ')).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface MergeCandidate {
  id: string;
  name: string;
}

/** The other user named by an "address already belongs to" CONFLICT that suggests MERGE_USERS. */
export function mergeSuggestion(error: unknown): MergeCandidate | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.suggestion !== 'MERGE_USERS' || typeof ext.existingUserId !== 'string') return null;
  return { id: ext.existingUserId, name: typeof ext.existingUserName === 'string' ? ext.existingUserName : `user ${ext.existingUserId}` };
}
