import { Entity, EntityManager, PrimaryColumn, SelectQueryBuilder } from 'typeorm';
import { startsWith } from '../../common/prefix-search';
import { addressWords, nameWords, replaceWords, searchWords, sortedWords, WordsTable } from '../../common/search-words';
import { isMysql } from '../../common/transaction';
import { chunks, inList } from '../../common/relations';
import { Agent } from './agent.entity';

/**
 * The words of agents' names, aliases and sign-in addresses (common/search-words.ts), one row per
 * word and agent: the directory's search matches each of its words by prefix here. Deleted
 * agents lose theirs by the foreign key.
 */
@Entity('agent_word')
export class AgentWord {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  word: string;

  @PrimaryColumn({ type: 'int' })
  agentId: number;
}

const AGENT_WORDS: WordsTable<AgentWord> = { entity: AgentWord, ownerProperty: 'agentId', properties: ['word', 'agentId'] };

/** The word rows of agents. */
export function agentWordRows(agents: Pick<Agent, 'id' | 'name' | 'alias' | 'email'>[]): AgentWord[] {
  return agents.flatMap((a) =>
    sortedWords([...nameWords(a.name), ...(a.alias ? nameWords(a.alias) : []), ...addressWords(a.email)]).map((word) => ({
      word,
      agentId: a.id,
    })),
  );
}

/**
 * Narrows a query on agents (alias a) to a search: each of its words starts a word of the name,
 * alias or email, folded like the name order. The agents of its longest word come from one range
 * of agent_word's key (a derived table, so that the database starts there rather than scan the
 * agents: an IN subquery was read as a semi-join probed from every agent, 340 ms at 100,000);
 * each other word is one lookup of the agent's words.
 */
export function whereAgentWords(qb: SelectQueryBuilder<Agent>, search: string): void {
  const mysql = isMysql(qb.connection);
  const [driving, ...others] = searchWords(search);
  if (!driving) return;
  const [sql, params] = startsWith(mysql, 'sw.word', driving, 'word0');
  qb.innerJoin((sub) => sub.select('DISTINCT sw.agent_id', 'agent_id').from(AgentWord, 'sw').where(sql), 'aw', 'aw.agent_id = a.id');
  qb.setParameters(params);
  others.forEach((word, i) => {
    const [osql, oparams] = startsWith(mysql, `ow${i}.word`, word, `word${i + 1}`);
    qb.andWhere(`EXISTS (SELECT 1 FROM agent_word ow${i} WHERE ow${i}.agent_id = a.id AND ${osql})`, oparams);
  });
}

/**
 * Rewrites the words of these agents from their current name, alias and email (none for deleted
 * ones), in the caller's transaction: every path that inserts agents or changes those fields
 * calls it, with the agents locked or just inserted. A constant number of statements per chunk.
 */
export async function syncAgentWords(em: EntityManager, agentIds: number[]): Promise<void> {
  for (const part of chunks([...new Set(agentIds)])) {
    const agents = await em.find(Agent, { select: { id: true, name: true, alias: true, email: true }, where: { id: inList(part) } });
    await replaceWords(em, AGENT_WORDS, part, agentWordRows(agents));
  }
}
