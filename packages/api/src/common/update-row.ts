import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * `UPDATE <table> SET <patch> WHERE id = ?` as one plain parameterised statement, values through
 * the driver's own conversion: for loops that update many rows one by one (an import's UPDATE
 * rows), where TypeORM's query builder costs more than the statement.
 */
export async function updateById<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  patch: Partial<T>,
): Promise<void> {
  const meta = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [prop, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = meta.findColumnWithPropertyName(prop);
    if (!column) throw new Error(`updateById: ${meta.name} has no column ${prop}`);
    sets.push(`${driver.escape(column.databaseName)} = ?`);
    params.push(value === null ? null : driver.preparePersistentValue(value, column));
  }
  if (!sets.length) return;
  await em.query(
    `UPDATE ${driver.escape(meta.tableName)} SET ${sets.join(', ')} WHERE ${driver.escape(meta.primaryColumns[0].databaseName)} = ?`,
    [...params, id],
  );
}
