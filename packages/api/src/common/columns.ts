import { Column, ColumnOptions } from 'typeorm';

// Column shorthands shared by the entities so that every table spells types the same way on
// SQLite and MySQL (and matches the migrations).
export const DateCol = (opts: ColumnOptions = {}) => Column({ type: 'datetime', precision: 3, ...opts });
export const JsonCol = (opts: ColumnOptions = {}) => Column({ type: 'simple-json', ...opts });
export const TextCol = (opts: ColumnOptions = {}) => Column({ type: 'text', nullable: true, ...opts });
export const Str = (length: number, opts: ColumnOptions = {}) => Column({ type: 'varchar', length, ...opts });
export const Bool = (def: boolean) => Column({ type: 'boolean', default: def });
