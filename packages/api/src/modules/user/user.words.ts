import { Column, Entity, EntityManager, IsNull, PrimaryColumn } from 'typeorm';
import {
  addressWords,
  nameWords,
  replaceWords,
  sharedLength,
  sortedWords,
  startBits,
  wordHeads,
  WordsTable,
} from '../../common/search-words';
import { chunks, inList } from '../../common/relations';
import { paddedIn } from '../../common/raw-rows';
import { User, UserEmail } from './user.entity';

/**
 * The words of live users' names and addresses (common/search-words.ts), one row per word and
 * user, in key order (word, user_id). Two small numbers answer a search's questions about a row
 * without another lookup. Both use one fact: two words that start with a prefix share at least
 * its length, and a word that shares that much with a matching word matches too.
 * - prev_shared: characters the word shares with the user's next lower word (0 for the first).
 *   The user has an earlier word starting with the search word exactly when prev_shared reaches
 *   its length, so a search lists each user once, at their first matching word.
 * - lead_shared: characters the word shares with the first word of the name. The name starts
 *   with a one-word search exactly when lead_shared reaches its length: the users the name phase
 *   lists, skipped by the words phase.
 * word_starts and pair_starts, the same on all of a user's rows, have a bit for how each of their
 * words starts (startBits): a search of several words looks its other words up only for the users
 * with all their bits, and a one-letter word not at all. heads, also the same on all of a user's
 * rows, lists how their words start exactly (wordHeads): a search word of up to three characters
 * ("zoe jo") is settled on the row, without a lookup per user.
 * Merged-away users have no words; deleted users lose theirs by the foreign key.
 */
@Entity('user_word')
export class UserWord {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  word: string;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  @Column({ type: 'smallint' })
  prevShared: number;

  @Column({ type: 'smallint' })
  leadShared: number;

  @Column({ type: 'int' })
  wordStarts: number;

  @Column({ type: 'int' })
  pairStarts: number;

  @Column({ type: 'varchar', length: 255, nullable: true })
  heads: string | null;

  /** What the CRM list shows of the user (copies of crm_user's, kept by syncUserWords and syncUserWordList). */
  @Column({ type: 'varchar', length: 200, default: '' })
  name: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  primaryEmail: string | null;

  @Column({ type: 'int', nullable: true })
  organizationId: number | null;
}

/** The user columns a words-phase page can take from user_word alone (UserWord's copies). */
export const USER_WORD_LIST_COLUMNS: readonly string[] = ['id', 'nameKey', 'name', 'primaryEmail', 'organizationId', 'mergedIntoId'];

type WordOwner = Pick<User, 'id' | 'nameKey'> & Partial<Pick<User, 'name' | 'primaryEmail' | 'organizationId'>>;

const USER_WORDS: WordsTable<UserWord> = {
  entity: UserWord,
  ownerProperty: 'userId',
  properties: ['word', 'userId', 'prevShared', 'leadShared', 'wordStarts', 'pairStarts', 'heads', 'name', 'primaryEmail', 'organizationId'],
};

/** The word rows of users from their name keys and addresses (live users only: pass only those), with their list columns. */
export function userWordRows(users: WordOwner[], emails: Pick<UserEmail, 'userId' | 'address'>[]): UserWord[] {
  const addresses = new Map<number, string[]>();
  for (const e of emails) {
    const list = addresses.get(e.userId);
    if (list) list.push(e.address);
    else addresses.set(e.userId, [e.address]);
  }
  return users.flatMap((u) => {
    const words = sortedWords([...nameWords(u.nameKey), ...(addresses.get(u.id) ?? []).flatMap(addressWords)]);
    const lead = u.nameKey.split(' ')[0];
    const starts = startBits(words);
    const heads = wordHeads(words);
    return words.map((word, i) => ({
      word,
      userId: u.id,
      prevShared: i ? sharedLength(words[i - 1], word) : 0,
      leadShared: sharedLength(lead, word),
      wordStarts: starts.first,
      pairStarts: starts.pair,
      heads,
      name: u.name ?? '',
      primaryEmail: u.primaryEmail ?? null,
      organizationId: u.organizationId ?? null,
    }));
  });
}

/**
 * Rewrites the words of these users from their current name and addresses (none for merged-away
 * or deleted ones), in the caller's transaction: every write of a user's name or addresses calls
 * it with the users locked (or just inserted). A constant number of statements per chunk of users.
 */
export async function syncUserWords(em: EntityManager, userIds: number[]): Promise<void> {
  const ids = [...new Set(userIds)];
  for (const part of chunks(ids)) {
    const users = await em.find(User, {
      select: { id: true, nameKey: true, name: true, primaryEmail: true, organizationId: true },
      where: { id: inList(part), mergedIntoId: IsNull() },
    });
    const emails = users.length
      ? await em.find(UserEmail, { select: { userId: true, address: true }, where: { userId: inList(users.map((u) => u.id)) } })
      : [];
    await replaceWords(em, USER_WORDS, part, userWordRows(users, emails));
  }
}

/**
 * Copies the list columns (name, primary address, organization) of these users from crm_user to
 * their words, in the caller's transaction: every write of those columns that does not rewrite the
 * words calls it afterwards (syncPrimaryEmail, an organization change or deletion, a rename the
 * sort key does not see). Fixed SQL text, the ids as parameters, one statement per chunk.
 */
export async function syncUserWordList(em: EntityManager, userIds: number[]): Promise<void> {
  const set = ['name', 'primary_email', 'organization_id'].map(
    (c) => `${c} = (SELECT u.${c} FROM crm_user u WHERE u.id = user_word.user_id)`,
  );
  for (const part of chunks([...new Set(userIds)])) {
    // Padded (paddedIn): a few statement texts for any number of users.
    const ids = paddedIn(part);
    await em.query(`UPDATE user_word SET ${set.join(', ')} WHERE user_id IN (${ids.sql})`, ids.params);
  }
}
