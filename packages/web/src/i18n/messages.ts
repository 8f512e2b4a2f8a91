/**
 * The shape a translation must have: the English messages' keys, every leaf a string. A German
 * namespace typed `Messages<typeof en>` fails the typecheck when it misses a key or has one too many.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
