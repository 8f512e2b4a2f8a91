import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { isMysql } from '../../common/transaction';

/** Agent profile images: the WebP Roster encoded, one row per agent, gone with the agent (issue 24). */
export class AgentAvatar1764900000000 implements MigrationInterface {
  name = 'AgentAvatar1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'agent_avatar',
        columns: [
          { name: 'agent_id', type: 'integer', isPrimary: true },
          { name: 'hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'content_type', type: 'varchar', length: '100', isNullable: false },
          { name: 'size', type: 'integer', isNullable: false },
          // MySQL's BLOB stops at 64 KB; a 256x256 WebP is usually far smaller, MEDIUMBLOB leaves no doubt.
          { name: 'bytes', type: isMysql(q.connection) ? 'mediumblob' : 'blob', isNullable: false },
          { name: 'updated_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        foreignKeys: [{ columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('agent_avatar', true);
  }
}
