import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Bool, DateCol, Str, TextCol } from '../../common/columns';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
export enum ImportErrorMode {
  ABORT = 'ABORT',
  SKIP_INVALID_ROWS = 'SKIP_INVALID_ROWS',
}
export enum ImportExistingMode {
  SKIP = 'SKIP',
  UPDATE = 'UPDATE',
}
export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  /** An existing record (existing: UPDATE) that already has every value the row gives: nothing is written. */
  UNCHANGED = 'UNCHANGED',
  SKIP = 'SKIP',
  ERROR = 'ERROR',
}
registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(ImportErrorMode, { name: 'ImportErrorMode' });
registerEnumType(ImportExistingMode, { name: 'ImportExistingMode' });
registerEnumType(ImportRowAction, { name: 'ImportRowAction' });

/**
 * A CSV import job of any kind (agents, users: each module registers its kind, import.kinds.ts):
 * stored so that any API process can run it (under a lease) and report it. The GraphQL interface
 * holds what every kind's job type shows (AgentImport, UserImport), so clients select it once;
 * those types are this row under the kind's name.
 */
@Entity('import_job')
@Index(['status', 'leaseUntil'])
@InterfaceType('ImportJob', { description: 'What every CSV import job (AgentImport, UserImport) reports.' })
export class ImportJob {
  @PrimaryGeneratedColumn()
  @Field(() => ID)
  id: number;

  /** The registered kind that runs it (AGENTS, USERS). */
  @Str(16, { default: 'AGENTS' })
  kind: string;

  @Str(16)
  @Field(() => ImportStatus)
  status: ImportStatus;

  @Bool(false)
  @Field()
  dryRun: boolean;

  @Str(24)
  @Field(() => ImportErrorMode)
  onError: ImportErrorMode;

  @Str(16)
  @Field(() => ImportExistingMode)
  existing: ImportExistingMode;

  /** File name under IMPORT_DIR. */
  @Str(100)
  fileName: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Size of the uploaded file in bytes.' })
  fileBytes: number;

  @Str(16)
  actorKind: string;

  @Column({ type: 'int', nullable: true })
  actorAgentId: number | null;

  @Column({ type: 'int', nullable: true })
  actorTokenId: number | null;

  @Str(200)
  actorName: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  totalRows: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  processedRows: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  createdCount: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  updatedCount: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  skippedCount: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, {
    description: 'Rows of existing records (existing: UPDATE) that already hold every value they give: nothing written, nothing logged.',
  })
  unchangedCount: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int)
  errorCount: number;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @DateCol({ nullable: true })
  leaseUntil: Date | null;

  @TextCol()
  @Field(() => String, { nullable: true, description: 'Why a FAILED import failed, in one sentence.' })
  failure: string | null;

  @DateCol()
  @Field()
  createdAt: Date;

  @DateCol({ nullable: true })
  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

/** What the import does (or, in a dry run, would do) with one data row. */
@Entity('import_job_row')
@ObjectType('ImportRow')
export class ImportRow {
  @PrimaryColumn({ type: 'int' })
  importId: number;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: '1 = first data row.' })
  row: number;

  @Str(254, { nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Str(16)
  @Field(() => ImportRowAction)
  action: ImportRowAction;

  /** The row's cells as read (JSON), kept for rows with errors (errors.csv). */
  @TextCol()
  cells: string | null;
}

/** One problem: row 0 is the header or the file as a whole. */
@Entity('import_job_error')
@Index(['importId', 'row', 'id'])
@ObjectType('ImportRowError')
export class ImportRowError {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  importId: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '1 = first data row; 0 = the header or the file as a whole.' })
  row: number;

  @Str(100, { nullable: true })
  @Field(() => String, { nullable: true })
  column: string | null;

  @Str(32)
  @Field()
  code: string;

  @Str(500)
  @Field()
  message: string;

  @Str(255, { nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'What the cell held, as written, for an error about one value (INVALID_EMAIL: the address that is not one; in a list cell, that item); cut to 200 characters (an ellipsis marks the cut). Plain text: show it, never interpret it.',
  })
  value: string | null;
}
