import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Password-less sign-in with a passkey: each ceremony's challenge in a short-lived row (there is no session yet), taken once. */
export class PasskeySignIn1764830000000 implements MigrationInterface {
  name = 'PasskeySignIn1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'passkey_challenge',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'request_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'challenge', type: 'varchar', length: '128', isNullable: false },
          { name: 'expires_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        uniques: [{ name: 'uq_passkey_challenge_request', columnNames: ['request_hash'] }],
        indices: [{ name: 'ix_passkey_challenge_expires', columnNames: ['expires_at'] }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('passkey_challenge', true);
  }
}
