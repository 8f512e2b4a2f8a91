export const license = {} as const;
