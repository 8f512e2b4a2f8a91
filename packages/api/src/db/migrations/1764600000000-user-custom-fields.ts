import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const int = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const date = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: false });

/**
 * User custom fields: definitions an admin makes (name unique on its folded form on both databases)
 * and each user's values as canonical text. Values go with their user or their field (CASCADE).
 */
export class UserCustomFields1764600000000 implements MigrationInterface {
  name = 'UserCustomFields1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'user_custom_field',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          str('name', 80),
          str('name_key', 80),
          str('type', 16),
          { name: 'description', type: 'text', isNullable: true },
          { name: 'options', type: 'text', isNullable: false },
          int('position'),
          { name: 'enabled', type: 'boolean', isNullable: false, default: 1 },
          date('created_at'),
          date('updated_at'),
        ],
        uniques: [{ name: 'uq_user_custom_field_name_key', columnNames: ['name_key'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'user_custom_value',
        columns: [
          { ...int('user_id'), isPrimary: true },
          { ...int('field_id'), isPrimary: true },
          { name: 'value', type: 'text', isNullable: false },
        ],
        foreignKeys: [
          { columnNames: ['user_id'], referencedTableName: 'crm_user', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['field_id'], referencedTableName: 'user_custom_field', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'ix_user_custom_value_field', columnNames: ['field_id', 'user_id'] }],
      }),
      true,
    );
    if (q.connection.options.type === 'mysql') {
      // Folded names compare as code points (a _ci collation would also fold accents: "Café" = "Cafe").
      await q.query('ALTER TABLE user_custom_field MODIFY name_key varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL');
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('user_custom_value', true);
    await q.dropTable('user_custom_field', true);
  }
}
