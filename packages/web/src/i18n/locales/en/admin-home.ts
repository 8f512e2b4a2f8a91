export const adminHome = {} as const;
