import { afterEach, describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS_GROUP_ID, BUILT_IN_GROUPS, PERMISSION_CATALOG, PERMISSION_CATEGORIES } from '@roster/shared';
import { i18n, setLanguage } from '../../i18n';
import { isKnownPermissionKey, permissionCategoryLabel, permissionGroupName, permissionLabel } from './permission-labels';
import { actionLabel, targetTypeLabel } from '../audit/audit-labels';

const t = () => i18n.getFixedT(null, 'permissions');

describe('permission words', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('has English words for every permission and category of the catalogue, the same as the API answers', () => {
    for (const permission of PERMISSION_CATALOG) {
      expect(isKnownPermissionKey(permission.key), permission.key).toBe(true);
      expect(permissionLabel(t(), permission.key), permission.key).toBe(permission.label);
      expect(permissionCategoryLabel(t(), permission.category)).toBe(permission.category);
    }
    for (const group of BUILT_IN_GROUPS)
      expect(permissionGroupName(t(), { id: String(group.id), name: 'x', builtIn: true })).toBe(group.name);
    expect(Object.keys(PERMISSION_CATEGORIES)).toHaveLength(5);
  });

  it('speaks German, and keeps the API’s words for what it does not know', async () => {
    await setLanguage('de');
    expect(permissionLabel(t(), 'tickets.reply', 'Reply to tickets')).toBe('Auf Tickets antworten');
    expect(permissionLabel(t(), 'kb.delete')).toBe('Artikel löschen');
    expect(permissionCategoryLabel(t(), 'Knowledge base')).toBe('Wissensdatenbank');
    expect(permissionGroupName(t(), { id: String(ALL_PERMISSIONS_GROUP_ID), name: 'All Permissions', builtIn: true })).toBe(
      'Alle Berechtigungen',
    );
    // A custom group keeps its name, even with a built-in's id when the API says it is not built in.
    expect(permissionGroupName(t(), { id: '7', name: 'Front line', builtIn: false })).toBe('Front line');
    expect(permissionGroupName(t(), { id: '1', name: 'Renamed', builtIn: false })).toBe('Renamed');
    expect(permissionLabel(t(), 'tickets.future_power', 'Future power')).toBe('Future power');
    expect(permissionLabel(t(), 'tickets.reply.extra')).toBe('tickets.reply.extra');
    expect(permissionCategoryLabel(t(), 'Reports')).toBe('Reports');
  });

  it('names audit actions and targets in German', async () => {
    await setLanguage('de');
    expect(actionLabel('team.created')).toBe('Team erstellt');
    expect(actionLabel('permission_group.deleted')).toBe('Berechtigungsgruppe gelöscht');
    expect(actionLabel('auth.sign_in')).toBe('Anmeldung');
    expect(actionLabel('import.completed')).toBe('Import abgeschlossen');
    expect(actionLabel('widget.exploded')).toBe('Widget exploded');
    expect(targetTypeLabel('BUSINESS_UNIT')).toBe('Geschäftsbereich');
    expect(targetTypeLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
