import type { Agent } from '../modules/agent/agent.entity';

export type ActorKind = 'AGENT' | 'API_TOKEN' | 'SYSTEM';

/** Who is acting: a signed-in agent, an API token (acting with its creator's rights), or the system. */
export interface Actor {
  kind: ActorKind;
  agent: Agent | null;
  tokenId?: number;
  scopes?: string[];
  sessionId?: number;
  name: string;
}

export const systemActor = (name = 'System'): Actor => ({ kind: 'SYSTEM', agent: null, name });

export const agentActor = (agent: Agent, sessionId?: number): Actor => ({ kind: 'AGENT', agent, sessionId, name: agent.name });
