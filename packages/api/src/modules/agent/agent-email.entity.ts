import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Str } from '../../common/columns';

export enum AgentEmailKind {
  LOGIN = 'LOGIN',
  EXTRA = 'EXTRA',
}

/**
 * Every address of every agent, login and extra alike, normalised (lower-case): one namespace, held
 * by the primary key. `agent.email` and `agent.extraEmails` stay what the API reads; this table is
 * what makes two agents unable to share an address, even when their writes race. Written in the
 * transaction of every agent write (agent-email.ts); deleting an agent frees its rows (cascade).
 */
@Entity('agent_email')
@Index('ix_agent_email_agent', ['agentId'])
export class AgentEmail {
  @PrimaryColumn({ type: 'varchar', length: 254 })
  address: string;

  @Column({ type: 'integer' })
  agentId: number;

  @Str(8)
  kind: AgentEmailKind;
}
