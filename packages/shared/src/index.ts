export * from './permissions';
export * from './error-codes';
export * from './notifications';
export * from './agent-csv';
export * from './validation';
export * from './text';
export * from './bulk-invite';
export * from './user-csv';
