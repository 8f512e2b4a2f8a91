import { Entity, EntityManager, In, PrimaryColumn } from 'typeorm';
import { addressWords, nameWords, replaceWords, sortedWords, WordsTable } from '../../common/search-words';
import { chunks } from '../../common/relations';
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
 * Rewrites the words of these agents from their current name, alias and email (none for deleted
 * ones), in the caller's transaction: every path that inserts agents or changes those fields
 * calls it, with the agents locked or just inserted. A constant number of statements per chunk.
 */
export async function syncAgentWords(em: EntityManager, agentIds: number[]): Promise<void> {
  for (const part of chunks([...new Set(agentIds)])) {
    const agents = await em.find(Agent, { select: { id: true, name: true, alias: true, email: true }, where: { id: In(part) } });
    await replaceWords(em, AGENT_WORDS, part, agentWordRows(agents));
  }
}
