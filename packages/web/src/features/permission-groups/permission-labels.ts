// The permission catalogue, built-in group names and categories in the agent's language. The API
// answers English (`Permission.label`, `Permission.category`, the built-in groups' names); the SPA
// shows the `permissions` namespace's words by key instead, and the API's text for a key it does
// not know yet (a permission added to the API before the SPA has words for it).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { permissionCategoryKey } from '@roster/shared';
import { permissions as english } from '../../i18n/locales/en/permissions';

type Names = typeof english.names;
/** A permission key the SPA has words for: `tickets.reply`. */
export type KnownPermissionKey = { [C in keyof Names]: `${C}.${keyof Names[C] & string}` }[keyof Names];
type BuiltInGroupId = keyof typeof english.builtInGroups;
export type PermissionsT = TFunction<'permissions'>;

export function isKnownPermissionKey(key: string): key is KnownPermissionKey {
  const [category, name, ...rest] = key.split('.');
  if (rest.length || !Object.hasOwn(english.names, category)) return false;
  return Object.hasOwn(english.names[category as keyof Names], name);
}

/** "Reply to tickets" for `tickets.reply`; `fallback` (the API's label) or the key itself for an unknown key. */
export function permissionLabel(t: PermissionsT, key: string, fallback?: string): string {
  return isKnownPermissionKey(key) ? t(`names.${key}`) : (fallback ?? key);
}

/** A category as the API names it ("Knowledge base"), in the current language. */
export function permissionCategoryLabel(t: PermissionsT, category: string): string {
  const key = permissionCategoryKey(category);
  return key ? t(`category.${key}`) : category;
}

/** A group's name: the built-in groups' (which cannot be renamed) in the current language, others as named. */
export function permissionGroupName(t: PermissionsT, group: { id: string; name: string; builtIn?: boolean | null }): string {
  const id = group.id as BuiltInGroupId;
  return group.builtIn !== false && Object.hasOwn(english.builtInGroups, id) ? t(`builtInGroups.${id}`) : group.name;
}

/** The three above bound to the current language, for components (the agent page's Permissions tab can adopt it). */
export function usePermissionLabels() {
  const { t } = useTranslation('permissions');
  return useMemo(
    () => ({
      permissionLabel: (key: string, fallback?: string) => permissionLabel(t, key, fallback),
      categoryLabel: (category: string) => permissionCategoryLabel(t, category),
      groupName: (group: { id: string; name: string; builtIn?: boolean | null }) => permissionGroupName(t, group),
      destructive: t('destructive'),
      destructiveHint: t('destructiveHint'),
    }),
    [t],
  );
}
