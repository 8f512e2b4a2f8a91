import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { preparedRead } from './prepared-read';
import { columnParam, rowShape } from './raw-rows';
import {
  AS_STORED_TYPES,
  entityColumn,
  installedTypeormVersion,
  mysqlPool,
  sqliteHandle,
  typeormInternalsChanged,
} from './typeorm-internals';

// Pins the TypeORM driver internals raw-rows.ts and prepared-read.ts rely on (typeorm-internals.ts):
// the better-sqlite3 handle / mysql2 pool behind the driver, column metadata and the driver's
// value conversion, by a round trip of one row on SQLite (and on MariaDB with TEST_DATABASE_URL).
// A failure names the installed TypeORM version and what changed.

@Entity('typeorm_internals_probe')
class Probe {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { name: 'display_name', length: 100 })
  name!: string;

  @Column('boolean')
  active!: boolean;

  @Column('datetime', { name: 'seen_at' })
  seenAt!: Date;

  @Column('simple-json')
  data!: { tags: string[] };

  @Column('varchar', { length: 100, nullable: true })
  note!: string | null;
}

const mysqlUrl = /^(mysql|mariadb):\/\//.test(process.env.TEST_DATABASE_URL ?? '') ? process.env.TEST_DATABASE_URL : undefined;
let dir: string;
let ds: DataSource;

function pinned(ok: boolean, what: string): void {
  if (!ok) throw typeormInternalsChanged(what);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typeorm-internals-'));
  ds = new DataSource(
    mysqlUrl
      ? { type: 'mysql', url: mysqlUrl, timezone: 'Z', entities: [Probe], synchronize: true }
      : { type: 'better-sqlite3', database: path.join(dir, 'probe.sqlite'), entities: [Probe], synchronize: true },
  );
  await ds.initialize();
});

afterAll(async () => {
  if (ds.isInitialized) {
    if (mysqlUrl) await ds.query('DROP TABLE IF EXISTS typeorm_internals_probe');
    await ds.destroy();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test(`the driver exposes its ${mysqlUrl ? 'mysql2 pool' : 'better-sqlite3 handle'}`, () => {
  expect(installedTypeormVersion()).toMatch(/^0\.3\./);
  if (mysqlUrl) {
    expect(() => mysqlPool(ds)).not.toThrow();
    expect(() => sqliteHandle(ds)).toThrow(/TypeORM driver internals changed: .*installed typeorm 0\.3\./);
  } else {
    const handle = sqliteHandle(ds);
    const statement = handle.prepare('SELECT 1 + ? AS two');
    pinned(typeof statement.all === 'function', 'better-sqlite3 statements have no all()');
    expect(statement.all(1)).toEqual([{ two: 2 }]);
  }
});

test('rowShape and preparedRead hydrate a row as TypeORM does, with parameters as TypeORM writes them', async () => {
  const seenAt = new Date('2024-05-06T07:08:09.000Z');
  const saved = await ds.getRepository(Probe).save({ name: 'Ada', active: true, seenAt, data: { tags: ['a', 'b'] }, note: null });
  const shape = rowShape(ds, Probe, 'p');
  pinned(shape.columns.includes('p.display_name AS p_display_name'), `column metadata: databaseName not used in ${shape.columns}`);
  const read = preparedRead(ds, `SELECT ${shape.columns} FROM typeorm_internals_probe p WHERE p.seen_at = ? AND p.active = ?`);
  const rows = await read([columnParam(ds, Probe, 'seenAt', seenAt), columnParam(ds, Probe, 'active', true)]);
  pinned(rows.length === 1, `preparePersistentValue: a date/boolean parameter no longer matches the stored row (${rows.length} rows)`);
  const entity = shape.hydrate(rows[0]);
  pinned(entity instanceof Probe, 'entity metadata target is not the entity class');
  const typeorm = await ds.getRepository(Probe).findOneByOrFail({ id: saved.id });
  // Dates as Date, booleans as boolean, simple-json parsed, null kept: what TypeORM's own hydration gives.
  pinned(
    entity.seenAt instanceof Date && entity.active === true && Array.isArray(entity.data?.tags),
    'prepareHydratedValue no longer converts dates, booleans or simple-json',
  );
  expect({ ...entity }).toEqual({ ...typeorm });
  expect(entity.seenAt.toISOString()).toBe(seenAt.toISOString());

  const partial = rowShape(ds, Probe, 'q', ['id', 'name']);
  expect(partial.columns).toBe('q.id AS q_id, q.display_name AS q_display_name');
});

test('a prepared read keeps working when the data source is destroyed and initialized again (a new handle)', async () => {
  const read = preparedRead(ds, 'SELECT COUNT(*) AS n FROM typeorm_internals_probe');
  const before = mysqlUrl ? undefined : sqliteHandle(ds);
  expect(Number((await read([]))[0].n)).toBeGreaterThan(0);
  await ds.destroy();
  await ds.initialize();
  if (before) pinned(sqliteHandle(ds) !== before, 'BetterSqlite3Driver.databaseConnection is the same object after destroy + initialize');
  expect(Number((await read([]))[0].n)).toBeGreaterThan(0);
});

test("the column types read as stored are those the driver's prepareHydratedValue leaves as they are", () => {
  // entityColumns skips the driver for AS_STORED_TYPES and for safe integers in `Number` columns:
  // the driver gives back the very value for each (and converts the other types: the probe above).
  const values = ['text', '', '2024-05-06 07:08:09.000', '123', '1', 'true', '{"a":1}', 'a,b', 0, 1, -7, 2 ** 40, null];
  for (const type of AS_STORED_TYPES) {
    const column = { type, transformer: undefined } as unknown as ColumnMetadata;
    for (const value of values)
      pinned(ds.driver.prepareHydratedValue(value, column) === value, `prepareHydratedValue changes a ${type} value (${value})`);
  }
  const numeric = { type: Number, transformer: undefined } as unknown as ColumnMetadata;
  for (const value of [0, 1, 42, 2 ** 40, Number.MAX_SAFE_INTEGER])
    pinned(ds.driver.prepareHydratedValue(value, numeric) === value, `prepareHydratedValue changes a Number column's integer ${value}`);
  // And the shape reads such columns as they are: a partial probe with its id and name.
  const shape = rowShape(ds, Probe, 'r', ['id', 'name']);
  expect({ ...shape.hydrate({ r_id: 7, r_display_name: 'Ada' }) }).toEqual({ id: 7, name: 'Ada' });
});

test('boolean columns read as the driver reads them', () => {
  const column = ds.getMetadata(Probe).findColumnWithPropertyName('active')!;
  const access = entityColumn(ds, ds.getMetadata(Probe), 'active');
  for (const value of [0, 1, 2, -1, '0', '1', '', 'true', true, false, null, undefined, Buffer.from([1]), Buffer.from([0])])
    expect(access.hydrate(value)).toEqual(ds.driver.prepareHydratedValue(value, column));
});

test("datetime columns convert as the driver does (SQLite's own fast conversion included)", () => {
  const column = ds.getMetadata(Probe).findColumnWithPropertyName('seenAt')!;
  const access = entityColumn(ds, ds.getMetadata(Probe), 'seenAt');
  const dates = [
    '2024-05-06T07:08:09.000Z',
    '2024-12-31T23:59:59.999Z',
    '1970-01-01T00:00:00.000Z',
    '0999-12-31T23:59:59.999Z',
    '1000-01-01T00:00:00.001Z',
    '9999-12-31T23:59:59.999Z',
  ];
  for (const iso of dates) {
    const date = new Date(iso);
    const persisted = access.persist(date);
    expect(persisted).toEqual(ds.driver.preparePersistentValue(date, column));
    const hydrated = access.hydrate(persisted) as Date;
    expect(hydrated).toEqual(ds.driver.prepareHydratedValue(persisted, column));
    if (!mysqlUrl) expect(hydrated.toISOString()).toBe(iso);
  }
  // Other stored forms and values go to the driver: the same results.
  const stored = [
    '2024-05-06 07:08:09',
    '2024-05-06 07:08',
    '2024-05-06T07:08:09.000Z',
    '2024-05-06 07:08:09.123456',
    'not a date',
    '',
    null,
    undefined,
    0,
  ];
  // (an invalid Date as its text: toEqual finds two invalid dates different)
  const plain = (v: unknown) => (v instanceof Date ? `Date ${v.getTime()}` : v);
  for (const value of stored) expect(plain(access.hydrate(value))).toEqual(plain(ds.driver.prepareHydratedValue(value, column)));
  for (const value of ['2024-05-06T07:08:09.000Z', null, undefined, new Date(Number.NaN)]) {
    let typeorm: unknown;
    let ours: unknown;
    try {
      typeorm = ds.driver.preparePersistentValue(value, column);
    } catch (e) {
      typeorm = e;
    }
    try {
      ours = access.persist(value);
    } catch (e) {
      ours = e;
    }
    expect(ours).toEqual(typeorm);
  }
});
