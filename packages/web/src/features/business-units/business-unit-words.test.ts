import { describe, expect, it } from 'vitest';
import { businessUnitDeleteConsequence, businessUnitDeleted } from './business-unit-words';

describe('business unit words', () => {
  it('says how many agents lose a unit before and after a delete', () => {
    expect(businessUnitDeleteConsequence({ name: 'EMEA', agentCount: 0 })).toBe('No agent is in EMEA.');
    expect(businessUnitDeleteConsequence({ name: 'EMEA', agentCount: 1 })).toBe('1 agent loses the business unit EMEA.');
    expect(businessUnitDeleteConsequence({ name: 'EMEA', agentCount: 3 })).toBe('3 agents lose the business unit EMEA.');
    expect(businessUnitDeleted('EMEA', 0)).toBe('Business unit EMEA deleted.');
    expect(businessUnitDeleted('EMEA', 2)).toBe('Business unit EMEA deleted; 2 agents no longer have it.');
  });
});
