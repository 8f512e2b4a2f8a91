import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * SCIM 2.0: the identity provider's own id of an agent (User.externalId) and of a team
 * (Group.externalId), stored as sent and filtered on (`externalId eq "..."`), so indexed.
 */
export class ScimExternalId1764820000000 implements MigrationInterface {
  name = 'ScimExternalId1764820000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['agent', 'team']) {
      await q.addColumn(table, new TableColumn({ name: 'external_id', type: 'varchar', length: '255', isNullable: true }));
      await q.createIndex(table, new TableIndex({ name: `ix_${table}_external_id`, columnNames: ['external_id'] }));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['agent', 'team']) {
      await q.dropIndex(table, `ix_${table}_external_id`);
      await q.dropColumn(table, 'external_id');
    }
  }
}
