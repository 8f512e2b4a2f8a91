export const crmSettings = {} as const;
