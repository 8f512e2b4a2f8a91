export const userImport = {} as const;
