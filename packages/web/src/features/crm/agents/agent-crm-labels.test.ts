import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../agents/agent-page/change-log-format';
import { agentCrmFieldLabel } from '../change-log-labels';

describe('agent CRM change-log labels', () => {
  it('words crm.* keys like the user record’s, and marks them CRM on the agent page', () => {
    expect(agentCrmFieldLabel('crm.summary')).toBe('Summary');
    expect(agentCrmFieldLabel('crm.im')).toBe('Instant messaging');
    expect(agentCrmFieldLabel('crm.note')).toBe('Note added');
    expect(fieldLabel('crm.linkedin')).toBe('CRM: LinkedIn');
    expect(fieldLabel('businessUnit')).toBe('Business unit');
  });
});
