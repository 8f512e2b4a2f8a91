import { DataSource } from 'typeorm';

/** Demo helpdesk data (filled in by the seed module). */
export async function seedDemo(_ds: DataSource): Promise<void> {
  // placeholder replaced below
}
