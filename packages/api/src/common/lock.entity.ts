import { Entity, PrimaryColumn } from 'typeorm';
import { DateCol } from './columns';

/**
 * Named application locks, one row each (the table kept its first name, license_lock). A write
 * that must be serialised with others of its kind locks its row first (SELECT ... FOR UPDATE on
 * MySQL) in the same transaction; SQLite transactions are serial already (see transaction.ts).
 */
@Entity('license_lock')
export class AppLock {
  @PrimaryColumn()
  id: number;

  @DateCol()
  touchedAt: Date;
}

export const AppLockId = {
  /** Seat-consuming writes (agents, invitations). */
  LICENSE: 1,
  /** Writes that may take away an active administrator (the last one must stay). */
  ADMINS: 2,
  /** Creates of whole-list catalogues (teams, departments, groups, usergroups) under a count limit. */
  CATALOGUES: 3,
  /** Not a lock but a lease: its time is when the audit retention job may next be claimed (modules/audit). */
  AUDIT_RETENTION: 4,
} as const;
export type AppLockId = (typeof AppLockId)[keyof typeof AppLockId];
