import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const date = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: false });

/**
 * Single sign-on: the identity providers admins configure, the link from a provider's subject to
 * an agent (unique per provider), and the started OIDC sign-ins (hashed state, taken once).
 */
export class SingleSignOn1764840000000 implements MigrationInterface {
  name = 'SingleSignOn1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'sso_provider',
        columns: [
          id,
          str('protocol', 8),
          str('display_name', 100),
          { name: 'enabled', type: 'boolean', isNullable: false, default: 1 },
          { name: 'config', type: 'text', isNullable: false },
          str('email_claim', 100),
          str('name_claim', 100),
          str('groups_claim', 100, true),
          { name: 'group_team_mappings', type: 'text', isNullable: false },
          { name: 'default_permission_group_ids', type: 'text', isNullable: false },
          { name: 'default_team_ids', type: 'text', isNullable: false },
          str('trust_provider_mfa', 24),
          date('created_at'),
          date('updated_at'),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'agent_sso_link',
        columns: [
          id,
          { name: 'provider_id', type: 'integer', isNullable: false },
          str('subject', 255),
          { name: 'agent_id', type: 'integer', isNullable: false },
          date('created_at'),
        ],
        uniques: [{ name: 'uq_agent_sso_link_subject', columnNames: ['provider_id', 'subject'] }],
        indices: [{ name: 'ix_agent_sso_link_agent', columnNames: ['agent_id'] }],
        foreignKeys: [
          { columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['provider_id'], referencedTableName: 'sso_provider', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'sso_login_state',
        columns: [
          id,
          str('state_hash', 64),
          str('nonce_hash', 64),
          { name: 'provider_id', type: 'integer', isNullable: false },
          date('expires_at'),
        ],
        uniques: [{ name: 'uq_sso_login_state_hash', columnNames: ['state_hash'] }],
        indices: [{ name: 'ix_sso_login_state_expires', columnNames: ['expires_at'] }],
        foreignKeys: [
          { columnNames: ['provider_id'], referencedTableName: 'sso_provider', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('sso_login_state', true);
    await q.dropTable('agent_sso_link', true);
    await q.dropTable('sso_provider', true);
  }
}
