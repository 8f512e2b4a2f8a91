export const permissionGroups = {} as const;
