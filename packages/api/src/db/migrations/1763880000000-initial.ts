import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

// Column builders that both SQLite and MySQL/MariaDB accept through TypeORM's Table API.
const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const bool = (name: string, def: boolean): TableColumnOptions => ({ name, type: 'boolean', isNullable: false, default: def ? 1 : 0 });
const date = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable });
const fk = (column: string, table: string) => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
});

const tables: Table[] = [
  new Table({
    name: 'agent',
    columns: [
      id(),
      str('email', 254),
      text('extra_emails', false),
      str('name', 200),
      str('alias', 200, true),
      str('phone', 50, true),
      str('landline_phone', 50, true),
      str('mobile_phone', 50, true),
      str('timezone', 64),
      str('language', 16),
      str('business_unit', 200, true),
      bool('is_admin', false),
      bool('is_reports_admin', false),
      str('status', 16),
      bool('must_change_password', false),
      str('password_hash', 255, true),
      bool('can_edit_own_ticket_notifications', true),
      text('signature'),
      text('permissions', false),
      text('ticket_notification_settings'),
      text('other_notification_settings'),
      date('created_at'),
      date('updated_at'),
    ],
    uniques: [{ name: 'uq_agent_email', columnNames: ['email'] }],
    indices: [{ name: 'ix_agent_name', columnNames: ['name', 'id'] }],
  }),
  new Table({
    name: 'permission_group',
    columns: [id(), str('name', 200), bool('built_in', false), text('stored_permissions', false), date('created_at')],
    uniques: [{ name: 'uq_permission_group_name', columnNames: ['name'] }],
  }),
  new Table({
    name: 'agent_permission_group',
    columns: [
      { ...int('agent_id'), isPrimary: true },
      { ...int('group_id'), isPrimary: true },
    ],
    foreignKeys: [fk('agent_id', 'agent'), fk('group_id', 'permission_group')],
    indices: [{ name: 'ix_apg_group', columnNames: ['group_id'] }],
  }),
  new Table({
    name: 'team',
    columns: [id(), str('name', 200), date('created_at')],
    uniques: [{ name: 'uq_team_name', columnNames: ['name'] }],
  }),
  new Table({
    name: 'team_member',
    columns: [
      { ...int('team_id'), isPrimary: true },
      { ...int('agent_id'), isPrimary: true },
    ],
    foreignKeys: [fk('team_id', 'team'), fk('agent_id', 'agent')],
    indices: [{ name: 'ix_team_member_agent', columnNames: ['agent_id'] }],
  }),
  new Table({
    name: 'department',
    columns: [id(), str('name', 200), date('created_at')],
    uniques: [{ name: 'uq_department_name', columnNames: ['name'] }],
  }),
  new Table({
    name: 'agent_department',
    columns: [{ ...int('agent_id'), isPrimary: true }, { ...int('department_id'), isPrimary: true }, str('access', 16)],
    foreignKeys: [fk('agent_id', 'agent'), fk('department_id', 'department')],
    indices: [{ name: 'ix_agent_department_dept', columnNames: ['department_id'] }],
  }),
  new Table({
    name: 'group_department',
    columns: [{ ...int('group_id'), isPrimary: true }, { ...int('department_id'), isPrimary: true }, str('access', 16)],
    foreignKeys: [fk('group_id', 'permission_group'), fk('department_id', 'department')],
    indices: [{ name: 'ix_group_department_dept', columnNames: ['department_id'] }],
  }),
  new Table({
    name: 'session',
    columns: [id(), str('token_hash', 64), int('agent_id'), date('created_at'), date('expires_at'), date('last_seen_at')],
    uniques: [{ name: 'uq_session_token', columnNames: ['token_hash'] }],
    foreignKeys: [fk('agent_id', 'agent')],
    indices: [{ name: 'ix_session_agent', columnNames: ['agent_id'] }],
  }),
  new Table({
    name: 'login_attempt',
    columns: [id(), str('key', 300), date('created_at')],
    indices: [{ name: 'ix_login_attempt_key', columnNames: ['key', 'created_at'] }],
  }),
  new Table({
    name: 'api_token',
    columns: [
      id(),
      str('name', 200),
      str('token_hash', 64),
      str('prefix', 16),
      text('scopes', false),
      int('created_by_id'),
      date('created_at'),
      date('last_used_at', true),
      date('revoked_at', true),
    ],
    uniques: [{ name: 'uq_api_token_hash', columnNames: ['token_hash'] }],
    foreignKeys: [fk('created_by_id', 'agent')],
  }),
  new Table({
    name: 'change_log',
    columns: [
      id(),
      str('entity_type', 32),
      str('entity_id', 64),
      str('field', 100),
      text('old_value'),
      text('new_value'),
      str('actor_kind', 16),
      int('actor_id', true),
      str('actor_name', 200),
      date('created_at'),
    ],
    indices: [{ name: 'ix_change_log_entity', columnNames: ['entity_type', 'entity_id', 'id'] }],
  }),
  new Table({
    name: 'invitation',
    columns: [
      id(),
      str('email', 254),
      str('name', 200, true),
      bool('is_admin', false),
      text('team_ids', false),
      text('permission_group_ids', false),
      str('token_hash', 64),
      str('stored_status', 16),
      int('invited_by_id', true),
      str('invited_by_name', 200),
      date('created_at'),
      date('expires_at'),
      date('accepted_at', true),
      date('revoked_at', true),
    ],
    uniques: [{ name: 'uq_invitation_token', columnNames: ['token_hash'] }],
    indices: [
      { name: 'ix_invitation_email', columnNames: ['email'] },
      { name: 'ix_invitation_status', columnNames: ['stored_status', 'expires_at'] },
    ],
  }),
  new Table({
    name: 'mail_outbox',
    columns: [
      id(),
      str('to_address', 254),
      str('subject', 300),
      text('text_body', false),
      text('html_body'),
      text('attachments', false),
      str('status', 16),
      { name: 'attempts', type: 'integer', isNullable: false, default: 0 },
      text('last_error'),
      date('next_attempt_at'),
      date('created_at'),
      date('sent_at', true),
    ],
    indices: [{ name: 'ix_mail_outbox_due', columnNames: ['status', 'next_attempt_at'] }],
  }),
  new Table({ name: 'license_lock', columns: [{ ...int('id'), isPrimary: true }, date('touched_at')] }),
];

export class Initial1763880000000 implements MigrationInterface {
  name = 'Initial1763880000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of tables) await q.createTable(t, true, true, true);
    // Raw SQL so this migration never depends on entity classes that change later.
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    // Built-in groups: ids 1 and 2 are part of the contract; their permissions derive from the catalogue.
    const insertGroup = 'INSERT INTO permission_group (id, name, built_in, stored_permissions, created_at) VALUES (?, ?, 1, ?, ?)';
    await q.query(insertGroup, [1, 'All Permissions', '[]', now]);
    await q.query(insertGroup, [2, 'All Non-Destructive Permissions', '[]', now]);
    await q.query('INSERT INTO license_lock (id, touched_at) VALUES (?, ?)', [1, now]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [...tables].reverse()) await q.dropTable(t.name, true);
  }
}
