import { Entity, PrimaryColumn } from 'typeorm';
import { DateCol } from '../../db/columns';

/**
 * One row (id 1). Every seat-consuming write locks it first (SELECT ... FOR UPDATE on MySQL),
 * so seat checks and the writes they allow are serialised.
 */
@Entity('license_lock')
export class LicenseLock {
  @PrimaryColumn()
  id: number;

  @DateCol()
  touchedAt: Date;
}
