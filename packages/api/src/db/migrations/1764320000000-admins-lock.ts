import { MigrationInterface, QueryRunner } from 'typeorm';

/** A second application lock row: writes that may take away an active administrator lock it. */
export class AdminsLock1764320000000 implements MigrationInterface {
  name = 'AdminsLock1764320000000';

  async up(q: QueryRunner): Promise<void> {
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    await q.query('INSERT INTO license_lock (id, touched_at) VALUES (?, ?)', [2, now]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM license_lock WHERE id = ?', [2]);
  }
}
