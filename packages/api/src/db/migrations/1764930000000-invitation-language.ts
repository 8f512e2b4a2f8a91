import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The language of an invitation (issue 24): its email's, and the language of the agent accepting
 * creates. Invitations sent before stay null: English, as they were sent.
 */
export class InvitationLanguage1764930000000 implements MigrationInterface {
  name = 'InvitationLanguage1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('invitation', new TableColumn({ name: 'language', type: 'varchar', length: '16', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('invitation', 'language');
  }
}
