import { MigrationInterface, QueryRunner } from 'typeorm';

/** A third application lock row: creates of teams, departments, permission groups and usergroups check their count limit under it. */
export class CataloguesLock1764650000000 implements MigrationInterface {
  name = 'CataloguesLock1764650000000';

  async up(q: QueryRunner): Promise<void> {
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    await q.query('INSERT INTO license_lock (id, touched_at) VALUES (?, ?)', [3, now]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM license_lock WHERE id = ?', [3]);
  }
}
