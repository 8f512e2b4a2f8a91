import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const str = (name: string, length: number, isNullable = true): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const text = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
const date = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: false });
const agentFk = { columnNames: ['agent_id'], referencedTableName: 'agent', referencedColumnNames: ['id'], onDelete: 'CASCADE' };

/**
 * Agents' CRM records: a summary and contact information (agent_crm_profile, one row per agent,
 * made on the first save) and notes (agent_crm_note). Apart from the agent table so that the
 * agent list and sign-in never read them, and so that the CRM phone stays apart from the
 * Preferences phone (agent.phone, used for SMS). Deleting an agent deletes these with it.
 */
export class AgentCrm1764610000000 implements MigrationInterface {
  name = 'AgentCrm1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'agent_crm_profile',
        columns: [
          { ...int('agent_id'), isPrimary: true },
          text('summary'),
          str('phone', 50),
          str('website', 500),
          str('im', 200),
          str('twitter', 50),
          str('linkedin', 500),
          str('facebook', 500),
          text('address'),
          date('updated_at'),
        ],
        foreignKeys: [agentFk],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'agent_crm_note',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          int('agent_id'),
          text('text', false),
          str('author_kind', 16, false),
          int('author_id', true),
          str('author_name', 200, false),
          date('created_at'),
        ],
        foreignKeys: [agentFk],
        indices: [{ name: 'ix_agent_crm_note_agent', columnNames: ['agent_id', 'id'] }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('agent_crm_note', true);
    await q.dropTable('agent_crm_profile', true);
  }
}
