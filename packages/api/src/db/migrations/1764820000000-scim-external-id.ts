import { MigrationInterface, QueryRunner } from 'typeorm';
import { isSqlite } from './dialect';

/**
 * SCIM 2.0: the identity provider's own id of an agent (User.externalId) and of a team
 * (Group.externalId), stored as sent and filtered on (`externalId eq "..."`), so indexed.
 * Plain ALTERs: SQLite's ADD COLUMN keeps the table (TypeORM's addColumn rebuilds it).
 */
export class ScimExternalId1764820000000 implements MigrationInterface {
  name = 'ScimExternalId1764820000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['agent', 'team']) {
      if (isSqlite(q)) await q.query(`ALTER TABLE "${table}" ADD COLUMN "external_id" varchar(255) NULL`);
      else await q.query(`ALTER TABLE \`${table}\` ADD \`external_id\` varchar(255) NULL`);
      await q.query(`CREATE INDEX ix_${table}_external_id ON ${table} (external_id)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['agent', 'team']) {
      await q.query(isSqlite(q) ? `DROP INDEX ix_${table}_external_id` : `DROP INDEX ix_${table}_external_id ON ${table}`);
      if (isSqlite(q)) await q.query(`ALTER TABLE "${table}" DROP COLUMN "external_id"`);
      else await q.query(`ALTER TABLE \`${table}\` DROP COLUMN \`external_id\``);
    }
  }
}
