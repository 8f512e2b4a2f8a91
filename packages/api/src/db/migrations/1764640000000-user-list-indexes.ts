import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The CRM list at a million users (`pnpm bench users`): the users behind an address prefix come
 * from the address index alone (address, user_id), without a row lookup per matching address.
 * (An index on (merged_into_id, name_key, id) was tried for the count and dropped: MariaDB then
 * read deep pages as `ref` on merged_into_id IS NULL from the start of the list, 10x the first page.)
 */
export class UserListIndexes1764640000000 implements MigrationInterface {
  name = 'UserListIndexes1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('user_email', new TableIndex({ name: 'ix_user_email_address_user', columnNames: ['address', 'user_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('user_email', 'ix_user_email_address_user');
  }
}
