import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * SAML single sign-on: each AuthnRequest we send waits in saml_request (its ID and RelayState
 * hashed, one-time, ~10 minutes) so that a response must answer one of ours; each accepted
 * assertion's id stays in saml_assertion until the assertion expires, so that it is never accepted twice.
 */
export class Saml1764845000000 implements MigrationInterface {
  name = 'Saml1764845000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'saml_request',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'request_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'relay_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'provider_id', type: 'varchar', length: '64', isNullable: false },
          { name: 'return_to', type: 'varchar', length: '512', isNullable: false },
          { name: 'expires_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        uniques: [{ name: 'uq_saml_request_hash', columnNames: ['request_hash'] }],
        indices: [{ name: 'ix_saml_request_expires', columnNames: ['expires_at'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'saml_assertion',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'assertion_hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'expires_at', type: 'datetime', precision: 3, isNullable: false },
        ],
        uniques: [{ name: 'uq_saml_assertion_hash', columnNames: ['assertion_hash'] }],
        indices: [{ name: 'ix_saml_assertion_expires', columnNames: ['expires_at'] }],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('saml_assertion', true);
    await q.dropTable('saml_request', true);
  }
}
