import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** The type (FULL | LIGHT) of the agents a single sign-on provider creates at their first sign-in. */
export class SsoDefaultAgentType1764870000000 implements MigrationInterface {
  name = 'SsoDefaultAgentType1764870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'sso_provider',
      new TableColumn({ name: 'default_agent_type', type: 'varchar', length: '8', isNullable: false, default: "'FULL'" }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('sso_provider', 'default_agent_type');
  }
}
