import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The CRM list at a million users (`pnpm bench users`): live users (merged_into_id IS NULL) in
 * name order straight from one index (first page, deep pages, name prefixes, and the totalCount
 * as an index-only count instead of a scan of the whole table), and the users behind an address
 * prefix from the address index alone (address, user_id) rather than a row lookup per address.
 */
export class UserListIndexes1764640000000 implements MigrationInterface {
  name = 'UserListIndexes1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('crm_user', new TableIndex({ name: 'ix_crm_user_live_name', columnNames: ['merged_into_id', 'name_key', 'id'] }));
    await q.createIndex('user_email', new TableIndex({ name: 'ix_user_email_address_user', columnNames: ['address', 'user_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('user_email', 'ix_user_email_address_user');
    await q.dropIndex('crm_user', 'ix_crm_user_live_name');
  }
}
