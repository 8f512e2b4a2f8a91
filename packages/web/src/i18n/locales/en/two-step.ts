export const twoStep = {} as const;
