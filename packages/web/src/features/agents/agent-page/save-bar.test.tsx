import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { errorResult } from '../../../test/apollo-router';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { ProfileTab } from './profile-tab';
import { agentDetails, catalogs } from './test-data';
import { TestForm } from './test-form';

const NIGHT = { __typename: 'Team' as const, id: '3', name: 'Night shift' };

describe('SaveBar', () => {
  it('names list items in words (the team by name, else its position), never the API path', async () => {
    const user = userEvent.setup();
    const fields = {
      'input.teamIds.0': 'is not a team any more',
      'input.teamIds.2': 'is not a team',
      'input.extraEmails.1': 'is not a valid address',
    };
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: UPDATE_AGENT_MUTATION, variables: { id: '5', input: { name: 'Pat Renamed' } } },
            result: errorResult('input.teamIds.0: is not a team any more; input.teamIds.2: is not a team', 'BAD_USER_INPUT', fields),
          },
        ]}
      >
        <TestForm agent={agentDetails({ teams: [NIGHT], extraEmails: ['pat.one@example.com'] })} catalogs={{ ...catalogs, teams: [NIGHT] }}>
          <ProfileTab readOnly={false} />
        </TestForm>
      </MockedProvider>,
    );
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Pat Renamed');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Teams: Night shift is not a team any more (Teams)',
      'Teams: the third team is not a team (Teams)',
      'Extra email addresses: the second address is not a valid address (Profile)',
    ]);
    expect(alert).not.toHaveTextContent('input.');
  });
});
