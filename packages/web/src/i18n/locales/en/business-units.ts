export const businessUnits = {} as const;
