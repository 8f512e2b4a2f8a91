export { AgentImport, AgentImportError, AgentImportRow, ImportStatus, PasswordLink } from './agent-import.entity';
export { AgentImportResolver } from './import.resolver';
export { ImportRunner } from './import.runner';
export { importRoutes } from './import.http';
