import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import type { DbConfig } from '../config';
import { READ_PAGE_CACHE_KIB } from '../common/sqlite-page-cache';
import { entities } from './entities';
import { SnakeNamingStrategy } from './naming';
import { Initial1763880000000 } from './migrations/1763880000000-initial';
import { AgentSortKeys1764300000000 } from './migrations/1764300000000-agent-sort-keys';
import { AdminsLock1764320000000 } from './migrations/1764320000000-admins-lock';
import { TrustedDevices1764330000000 } from './migrations/1764330000000-trusted-devices';
import { AgentImport1764400000000 } from './migrations/1764400000000-agent-import';
import { Crm1764500000000 } from './migrations/1764500000000-crm';
import { AgentCrm1764610000000 } from './migrations/1764610000000-agent-crm';
import { TeamScopedVisibility1764620000000 } from './migrations/1764620000000-team-scoped-visibility';
import { AuditLog1764810000000 } from './migrations/1764810000000-audit-log';
import { UserCustomFields1764600000000 } from './migrations/1764600000000-user-custom-fields';
import { UserListIndexes1764640000000 } from './migrations/1764640000000-user-list-indexes';
import { UserImport1764630000000 } from './migrations/1764630000000-user-import';
import { CataloguesLock1764650000000 } from './migrations/1764650000000-catalogues-lock';
import { ImportJob1764660000000 } from './migrations/1764660000000-import-job';
import { AgentEmail1764670000000 } from './migrations/1764670000000-agent-email';
import { ImportUnchanged1764680000000 } from './migrations/1764680000000-import-unchanged';
import { UserMergeMoved1764690000000 } from './migrations/1764690000000-user-merge-moved';
import { SearchWords1764700000000 } from './migrations/1764700000000-search-words';
import { InvitationSentAt1764721000000 } from './migrations/1764721000000-invitation-sent-at';
import { UserMergeMovedItem1764722000000 } from './migrations/1764722000000-user-merge-moved-item';
import { ImportErrorValue1764763190000 } from './migrations/1764763190000-import-error-value';
import { TemporaryPasswordExpiry1764770000000 } from './migrations/1764770000000-temporary-password-expiry';
import { SessionsAndTokenExpiry1764780000000 } from './migrations/1764780000000-sessions-and-token-expiry';
import { TwoStepSignIn1764800000000 } from './migrations/1764800000000-two-step-sign-in';
import { Passkeys1764801000000 } from './migrations/1764801000000-passkeys';
import { ScimExternalId1764820000000 } from './migrations/1764820000000-scim-external-id';
import { PasskeySignIn1764830000000 } from './migrations/1764830000000-passkey-sign-in';
import { SingleSignOn1764840000000 } from './migrations/1764840000000-single-sign-on';
import { Saml1764845000000 } from './migrations/1764845000000-saml';
import { LightAgents1764850000000 } from './migrations/1764850000000-light-agents';
import { ReadReplicas1764860000000 } from './migrations/1764860000000-read-replicas';
import { SsoDefaultAgentType1764870000000 } from './migrations/1764870000000-sso-default-agent-type';
import { InvitationLanguage1764930000000 } from './migrations/1764930000000-invitation-language';
import { BusinessUnits1764880000000 } from './migrations/1764880000000-business-units';
import { AgentPhones1764890000000 } from './migrations/1764890000000-agent-phones';
import { AgentAvatar1764900000000 } from './migrations/1764900000000-agent-avatar';
import { CoveringUserListIndexes1764935000000 } from './migrations/1764935000000-covering-user-list-indexes';
import { SessionSignInMethod1764940000000 } from './migrations/1764940000000-session-sign-in-method';
import { UserPrimaryEmail1764955000000 } from './migrations/1764955000000-user-primary-email';
import { UserWordHeads1764960000000 } from './migrations/1764960000000-user-word-heads';
import { UserWordListColumns1764961000000 } from './migrations/1764961000000-user-word-list-columns';

export const migrations = [
  Initial1763880000000,
  AgentSortKeys1764300000000,
  AdminsLock1764320000000,
  TrustedDevices1764330000000,
  AgentImport1764400000000,
  Crm1764500000000,
  AgentCrm1764610000000,
  TeamScopedVisibility1764620000000,
  UserCustomFields1764600000000,
  UserListIndexes1764640000000,
  UserImport1764630000000,
  CataloguesLock1764650000000,
  ImportJob1764660000000,
  AgentEmail1764670000000,
  ImportUnchanged1764680000000,
  UserMergeMoved1764690000000,
  SearchWords1764700000000,
  InvitationSentAt1764721000000,
  UserMergeMovedItem1764722000000,
  ImportErrorValue1764763190000,
  TemporaryPasswordExpiry1764770000000,
  SessionsAndTokenExpiry1764780000000,
  TwoStepSignIn1764800000000,
  Passkeys1764801000000,
  AuditLog1764810000000,
  ScimExternalId1764820000000,
  PasskeySignIn1764830000000,
  SingleSignOn1764840000000,
  Saml1764845000000,
  LightAgents1764850000000,
  ReadReplicas1764860000000,
  SsoDefaultAgentType1764870000000,
  BusinessUnits1764880000000,
  AgentPhones1764890000000,
  AgentAvatar1764900000000,
  InvitationLanguage1764930000000,
  CoveringUserListIndexes1764935000000,
  SessionSignInMethod1764940000000,
  UserPrimaryEmail1764955000000,
  UserWordHeads1764960000000,
  UserWordListColumns1764961000000,
];

/** Counts statements; tests use it to assert that list queries do not grow with page size. */
export class QueryCounter implements Logger {
  count = 0;
  /** The last statements (benchmarks print their query plans). */
  readonly recent: { query: string; parameters?: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.count++;
    this.recent.push({ query, parameters });
    if (this.recent.length > 20) this.recent.shift();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export function createDataSource(db: DbConfig, logger?: Logger): DataSource {
  const common = {
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: logger ? (['query', 'error'] as const) : false,
    logger,
  };
  let options: DataSourceOptions;
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') fs.mkdirSync(path.dirname(db.path), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      // WAL lets readers continue while the single writer commits.
      prepareDatabase: (d: { pragma(s: string): unknown }) => {
        d.pragma('journal_mode = WAL');
        d.pragma('busy_timeout = 5000');
        d.pragma('foreign_keys = ON');
        // The page cache for reads; a CSV import bounds it while it writes (common/sqlite-page-cache.ts).
        d.pragma(`cache_size = -${READ_PAGE_CACHE_KIB}`);
      },
    } as DataSourceOptions;
  } else {
    options = {
      ...common,
      type: 'mysql',
      url: db.url,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      extra: { connectionLimit: 20 },
    } as DataSourceOptions;
  }
  return new DataSource(options);
}

export async function initDataSource(ds: DataSource): Promise<DataSource> {
  if (!ds.isInitialized) await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
