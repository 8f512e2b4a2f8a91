import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Import jobs of several kinds (agents, users) in one table: the kind each job imports. */
export class UserImport1764630000000 implements MigrationInterface {
  name = 'UserImport1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'agent_import',
      new TableColumn({ name: 'kind', type: 'varchar', length: '16', isNullable: false, default: "'AGENTS'" }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('agent_import', 'kind');
  }
}
