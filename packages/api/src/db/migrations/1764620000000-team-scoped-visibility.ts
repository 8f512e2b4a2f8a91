import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Team-scoped visibility: helpdesk settings (name -> JSON value, who changed it last) and the
 * organizations assigned to each team (agents of a team see the users of those organizations
 * when the `crm.teamScopedUserVisibility` setting is on).
 */
export class TeamScopedVisibility1764620000000 implements MigrationInterface {
  name = 'TeamScopedVisibility1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'helpdesk_setting',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'value', type: 'text', isNullable: false },
          { name: 'updated_by_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'updated_at', type: 'datetime', precision: 3, isNullable: false },
        ],
      }),
      true,
    );
    // The row exists from the start, so that a change locks it (two admins switching at once apply in turn).
    const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
    await q.query('INSERT INTO helpdesk_setting (name, value, updated_by_name, updated_at) VALUES (?, ?, NULL, ?)', [
      'crm.teamScopedUserVisibility',
      'false',
      now,
    ]);
    await q.createTable(
      new Table({
        name: 'team_organization',
        columns: [
          { name: 'team_id', type: 'integer', isPrimary: true },
          { name: 'organization_id', type: 'integer', isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ['team_id'], referencedTableName: 'team', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['organization_id'], referencedTableName: 'organization', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        // The scope of an agent: team_member(agent) -> team_organization(team); Organization.teams by organization.
        indices: [{ name: 'ix_team_organization_org', columnNames: ['organization_id', 'team_id'] }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('team_organization', true);
    await q.dropTable('helpdesk_setting', true);
  }
}
