import { Column, Entity, EntityManager, In, IsNull, PrimaryColumn } from 'typeorm';
import { addressWords, nameWords, replaceWords, sortedWords, WordsTable } from '../../common/search-words';
import { chunks } from '../../common/relations';
import { User, UserEmail } from './user.entity';

/**
 * The words of live users' names and addresses (common/search-words.ts), one row per word and
 * user, in key order (word, user_id). Two columns answer a search's questions about a row without
 * another lookup: prev_word, the user's next lower word ('' for the first: a user's earlier word
 * with the same prefix exists exactly when prev_word has it, so each user is listed once, at their
 * first matching word), and lead_word, the first word of the name (the name starts with a
 * one-word search exactly when lead_word does: the users the name phase lists). Merged-away users
 * have no words; deleted users lose theirs by the foreign key.
 */
@Entity('user_word')
export class UserWord {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  word: string;

  @PrimaryColumn({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 255 })
  prevWord: string;

  @Column({ type: 'varchar', length: 255 })
  leadWord: string;
}

const USER_WORDS: WordsTable<UserWord> = {
  entity: UserWord,
  ownerProperty: 'userId',
  properties: ['word', 'userId', 'prevWord', 'leadWord'],
};

/** The word rows of users from their name keys and addresses (live users only: pass only those). */
export function userWordRows(users: Pick<User, 'id' | 'nameKey'>[], emails: Pick<UserEmail, 'userId' | 'address'>[]): UserWord[] {
  const addresses = new Map<number, string[]>();
  for (const e of emails) {
    const list = addresses.get(e.userId);
    if (list) list.push(e.address);
    else addresses.set(e.userId, [e.address]);
  }
  return users.flatMap((u) => {
    const words = sortedWords([...nameWords(u.nameKey), ...(addresses.get(u.id) ?? []).flatMap(addressWords)]);
    const leadWord = u.nameKey.split(' ')[0] ?? '';
    return words.map((word, i) => ({ word, userId: u.id, prevWord: i ? words[i - 1] : '', leadWord }));
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
    const users = await em.find(User, { select: { id: true, nameKey: true }, where: { id: In(part), mergedIntoId: IsNull() } });
    const emails = users.length
      ? await em.find(UserEmail, { select: { userId: true, address: true }, where: { userId: In(users.map((u) => u.id)) } })
      : [];
    await replaceWords(em, USER_WORDS, part, userWordRows(users, emails));
  }
}
