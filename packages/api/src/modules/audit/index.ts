// The public surface of the audit log: the edges, db, app and tests import from here.
export { AuditEvent } from '../../common/audit-event.entity';
export { AuditResolver, AuditLogFilter } from './audit.resolver';
export { agentTarget, attemptedEmail, recordAuditEvent } from './audit.record';
export { recordAtEdge, signInFailed, stepFailed } from './audit.flows';
export type { AuditEventInput } from './audit.record';
export { AUDIT_CSV_HEADER, auditCsvPages, auditFilterFromQuery } from './audit.export';
export { AUDIT_VALUE_CHARS, MAX_CHANGES_PER_EVENT } from './audit.query';
export { MAX_AUDIT_DETAILS } from '../../common/audit';
export { AuditRetention, PRUNE_BATCH } from './audit-retention.job';
export { auditExpiredTokenUse, auditTokenFirstUse } from './audit.tokens';
export type { RequestOrigin } from './audit.tokens';
