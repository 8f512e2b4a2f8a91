import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { clampFirst, Connection, cursorPart, cursorShape, decodeCursor, toConnection } from './pagination';

// Child rows that grow with use (notes on a record) are read newest first by id, a page at a time,
// through an (owner, id) index: `first` rows of each owner, or a keyset page after a cursor.

interface Child extends ObjectLiteral {
  id: number;
}

export interface ChildTable<T extends Child> {
  entity: EntityTarget<T>;
  /** The property naming the owner (userId, agentId). */
  owner: keyof T & string;
}

const column = (em: EntityManager, t: ChildTable<Child>) => {
  const meta = em.connection.getMetadata(t.entity);
  return { table: meta.tableName, owner: meta.findColumnWithPropertyName(t.owner)!.databaseName };
};

/**
 * The newest `first` rows of each owner in one statement whatever the number of owners: rows whose
 * id is among each owner's newest (ROW_NUMBER per owner, SQLite 3.25+ and MariaDB 10.2+; one owner:
 * a plain LIMIT), read through the (owner, id) index.
 */
export async function newestChildren<T extends Child>(
  em: EntityManager,
  t: ChildTable<T>,
  ownerIds: readonly number[],
  first: number,
): Promise<Map<number, T[]>> {
  const byOwner = new Map<number, T[]>(ownerIds.map((id) => [id, []]));
  if (!ownerIds.length || first <= 0) return byOwner;
  const { table, owner } = column(em, t);
  const esc = (n: string) => em.connection.driver.escape(n);
  // Integers only (DataLoader keys are ids): inlined, so the subquery needs no parameters of its own.
  const ids = ownerIds.map((id) => {
    if (!Number.isSafeInteger(id)) throw new Error(`not an id: ${id}`);
    return id;
  });
  const newest =
    ids.length === 1
      ? `SELECT id FROM (SELECT id FROM ${esc(table)} WHERE ${esc(owner)} = ${ids[0]} ORDER BY id DESC LIMIT ${first}) x`
      : `SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY ${esc(owner)} ORDER BY id DESC) AS rn ` +
        `FROM ${esc(table)} WHERE ${esc(owner)} IN (${ids.join(', ')})) x WHERE rn <= ${first}`;
  const rows = await em.getRepository(t.entity).createQueryBuilder('c').where(`c.id IN (${newest})`).orderBy('c.id', 'DESC').getMany();
  for (const r of rows) byOwner.get(r[t.owner] as number)?.push(r);
  return byOwner;
}

/** A DataLoader per `first` (a request may ask for several sizes), made on first use. */
export function newestChildrenLoaders<T extends Child>(em: () => EntityManager, t: ChildTable<T>) {
  const loaders = new Map<number, DataLoader<number, T[]>>();
  return (first: number | null | undefined): DataLoader<number, T[]> => {
    const n = clampFirst(first);
    let l = loaders.get(n);
    if (!l) {
      l = new DataLoader(async (ids) => {
        const map = await newestChildren(em(), t, ids, n);
        return ids.map((id) => map.get(id)!);
      });
      loaders.set(n, l);
    }
    return l;
  };
}

/** Child pages of every table share one cursor shape: the last row's id. */
export const CHILD_CURSOR = cursorShape('children', [cursorPart.id]);

/** One owner's rows newest first, a keyset page (`id < cursor`), totalCount only when asked (else -1). */
export async function childPage<T extends Child>(
  em: EntityManager,
  t: ChildTable<T>,
  ownerId: number,
  args: { first?: number | null; after?: string | null; withTotal: boolean },
): Promise<Connection<T>> {
  const first = clampFirst(args.first);
  const cursor = decodeCursor(args.after, CHILD_CURSOR);
  const qb = em
    .getRepository(t.entity)
    .createQueryBuilder('c')
    .where(`c.${t.owner} = :ownerId`, { ownerId })
    .orderBy('c.id', 'DESC')
    .limit(first + 1);
  if (cursor) qb.andWhere('c.id < :cursorId', { cursorId: Number(cursor[0]) });
  const [rows, totalCount] = await Promise.all([
    // first: 0 still reads one row: hasNextPage tells whether there are any.
    qb.getMany(),
    args.withTotal ? em.getRepository(t.entity).countBy({ [t.owner]: ownerId } as FindOptionsWhere<T>) : Promise.resolve(-1),
  ]);
  return toConnection(rows, first, totalCount, CHILD_CURSOR, (r) => [r.id] as const);
}
