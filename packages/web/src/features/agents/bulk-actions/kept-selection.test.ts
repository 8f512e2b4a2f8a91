import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { graphql } from '../../../gql';
import { keptSelection, stillMatches } from './kept-selection';

const WRITE = graphql(`
  fragment KeptSelectionTestAgent on Agent {
    id
    status
    isAdmin
    teams {
      id
    }
    permissionGroups {
      id
    }
  }
`);

const agent = (id: string, over: { status?: 'ACTIVE' | 'DISABLED'; isAdmin?: boolean; teams?: string[]; groups?: string[] } = {}) => ({
  __typename: 'Agent' as const,
  id,
  status: over.status ?? ('ACTIVE' as const),
  isAdmin: over.isAdmin ?? false,
  teams: (over.teams ?? []).map((t) => ({ __typename: 'Team' as const, id: t })),
  permissionGroups: (over.groups ?? ['1']).map((g) => ({ __typename: 'PermissionGroup' as const, id: g })),
});

describe('keptSelection', () => {
  it('keeps the selected agents the filter still matches, and those the cache does not know', () => {
    const cache = new InMemoryCache();
    const agents = [agent('1', { teams: ['4'] }), agent('2', { status: 'DISABLED', teams: ['4'] }), agent('3', { teams: ['5'] })];
    for (const a of agents) cache.writeFragment({ fragment: WRITE, data: a });
    expect([...keptSelection(cache, ['1', '2', '3', '99'], { status: 'ACTIVE' })]).toEqual(['1', '3', '99']);
    expect([...keptSelection(cache, ['1', '2', '3'], { teamId: '4', search: 'whatever' })]).toEqual(['1', '2']);
    expect([...keptSelection(cache, ['1', '2', '3'], {})]).toEqual(['1', '2', '3']);
  });

  it('reads each filter field the bulk actions can change', () => {
    const a = agent('1', { isAdmin: true, teams: ['4'], groups: ['2'] });
    expect(stillMatches(a, { isAdmin: true, teamId: '4', permissionGroupId: '2', status: 'ACTIVE' })).toBe(true);
    expect(stillMatches(a, { isAdmin: false })).toBe(false);
    expect(stillMatches(a, { teamId: '5' })).toBe(false);
    expect(stillMatches(a, { permissionGroupId: '1' })).toBe(false);
    expect(stillMatches(a, { status: 'DISABLED' })).toBe(false);
  });
});
