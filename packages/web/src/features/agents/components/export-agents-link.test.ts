import { describe, expect, it } from 'vitest';
import { agentsCsvUrl } from './export-agents-link';

describe('agentsCsvUrl', () => {
  it('is the whole export without a filter', () => {
    expect(agentsCsvUrl()).toBe('/exports/agents.csv');
    expect(agentsCsvUrl({})).toBe('/exports/agents.csv');
  });

  it("carries the list's filter as the API's query parameters", () => {
    const url = new URL(
      agentsCsvUrl({ search: 'ann b', teamId: '4', permissionGroupId: '2', status: 'DISABLED', isAdmin: false }),
      'http://x',
    );
    expect(url.pathname).toBe('/exports/agents.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: 'ann b',
      teamId: '4',
      permissionGroupId: '2',
      status: 'DISABLED',
      isAdmin: 'false',
    });
  });
});
