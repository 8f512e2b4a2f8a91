export const apiTokens = {} as const;
