// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { AgentCrmNote, AgentCrmProfile } from './agent-crm.entity';
export { AgentCrmResolver } from './agent-crm.resolver';
export { addAgentNote, updateAgentCrmProfile } from './agent-crm.service';
