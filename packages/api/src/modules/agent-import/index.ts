// The agent kind of CSV import (the engine is modules/import): its rows, writes and GraphQL type (set-password links: modules/auth).
export { AgentImport, AgentImportResolver } from './import.resolver';
export { createAgentImport, getAgentImport } from './agent-import.service';
export { AGENT_IMPORT_KIND, agentImportSpec } from './import.agents';
