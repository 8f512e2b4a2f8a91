import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The CRM list and its name search answered from indexes alone (issue 23 item 4: a cold search at
 * a million users on a 128 MB buffer pool read 50 random user rows and 50 random address rows).
 * - crm_user (name_key, id, merged_into_id, organization_id, name) replaces (name_key, id): the
 *   same order and ranges, plus what the list's page reads and filters on (live, scope), so a page
 *   or a name-prefix range is a few contiguous index pages instead of a row lookup per user.
 * - user_email (user_id, is_primary, address) replaces (user_id): a page's primary addresses
 *   without reading the rows (the key holds id as well: the order the list picks the primary by).
 */
export class CoveringUserListIndexes1764935000000 implements MigrationInterface {
  name = 'CoveringUserListIndexes1764935000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'crm_user',
      new TableIndex({ name: 'ix_crm_user_list', columnNames: ['name_key', 'id', 'merged_into_id', 'organization_id', 'name'] }),
    );
    await q.dropIndex('crm_user', 'ix_crm_user_name_key');
    await q.createIndex(
      'user_email',
      new TableIndex({ name: 'ix_user_email_user_primary', columnNames: ['user_id', 'is_primary', 'address'] }),
    );
    await q.dropIndex('user_email', 'ix_user_email_user');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.createIndex('user_email', new TableIndex({ name: 'ix_user_email_user', columnNames: ['user_id'] }));
    await q.dropIndex('user_email', 'ix_user_email_user_primary');
    await q.createIndex('crm_user', new TableIndex({ name: 'ix_crm_user_name_key', columnNames: ['name_key', 'id'] }));
    await q.dropIndex('crm_user', 'ix_crm_user_list');
  }
}
