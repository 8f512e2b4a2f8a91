import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const INDEX = 'IDX_user_merge_moved_item';

/**
 * Which merge moved a change-log entry (ChangeLogEntry.movedFrom) is looked up by the moved item,
 * not by the merge: an index on (kind, item_id) beside the primary key (merge_id, kind, item_id).
 */
export class UserMergeMovedItem1764722000000 implements MigrationInterface {
  name = 'UserMergeMovedItem1764722000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('user_merge_moved', new TableIndex({ name: INDEX, columnNames: ['kind', 'item_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('user_merge_moved', INDEX);
  }
}
