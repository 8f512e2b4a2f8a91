export const customFields = {} as const;
