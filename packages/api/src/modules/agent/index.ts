// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { replaceMembers, withAgentLinkLog } from './agent-links';
export { Agent, AgentStatus, AgentType, newAgentRow } from './agent.entity';
export { AgentEmail, AgentEmailKind } from './agent-email.entity';
export { claimAgentEmails } from './agent-email';
export { DepartmentAccessEntry, relationBatches } from './agent-relations';
export { AGENT_CSV_HEADER, agentCsvPages, formulaSafe } from './agent.export';
export { AGENTS_CURSOR, listAgents } from './agent.query';
export { AgentResolver } from './agent.resolver';
export { AgentPhonesResolver } from './agent-phones.resolver';
export { assertDisplayName, checkDisplayName, checkEmail, SIGNATURE_MAX_BYTES } from './agent.validation';
export { writeAgentChanges } from './agent.write';
export { agentLoaders } from './agent.loaders';
export { loadOnAgentPages, preloadedField } from './agent.preload';
export { AgentWord, agentWordRows, syncAgentWords } from './agent.words';
