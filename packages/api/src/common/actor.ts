export type ActorKind = 'AGENT' | 'API_TOKEN' | 'SYSTEM';

/** What the rules need to know about the acting agent (the agent entity satisfies it). */
export interface ActorAgent {
  id: number;
  name: string;
  email: string;
  isAdmin: boolean;
  isReportsAdmin: boolean;
  mustChangePassword: boolean;
  status: string;
  /** FULL or LIGHT (light agents: shared/agent-type.ts decides what they may do). */
  type: string;
  /** The agent's language tag: the language of the errors the API answers them with (common/error-language.ts). */
  language?: string;
}

/** Who is acting: a signed-in agent, an API token (acting with its creator's rights), or the system. */
export interface Actor {
  kind: ActorKind;
  agent: ActorAgent | null;
  tokenId?: number;
  scopes?: string[];
  sessionId?: number;
  /** A session whose sign-in is not complete: it may only take that step (common/auth.ts). */
  stage?: 'SECOND_FACTOR' | 'ENROLMENT' | null;
  name: string;
  /** Why the change happens, written to the change log with it (an import: "import #12"). */
  reason?: string;
  /** Set when a CSV import job acts (the audit log names the job as the actor). */
  importJobId?: number;
  /** Where the request came from (the audit log records them); unset for jobs and the CLI. */
  ip?: string | null;
  userAgent?: string | null;
}

export const systemActor = (name = 'System'): Actor => ({ kind: 'SYSTEM', agent: null, name });

export const agentActor = (agent: ActorAgent, sessionId?: number, stage: Actor['stage'] = null): Actor => ({
  kind: 'AGENT',
  agent,
  sessionId,
  stage,
  name: agent.name,
});

export const isAdminActor = (actor: Actor): boolean => !!actor.agent?.isAdmin;
export const isApiToken = (actor: Actor): boolean => actor.kind === 'API_TOKEN';

/** The actor with the request's origin, for the audit log (a copy: actors such as systemActor() constants are shared). */
export const withOrigin = (actor: Actor, origin: { ip: string; userAgent: string | null }): Actor =>
  actor.ip === origin.ip && actor.userAgent === origin.userAgent ? actor : { ...actor, ip: origin.ip, userAgent: origin.userAgent };
