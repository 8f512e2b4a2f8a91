import { useMutation, useQuery } from '@apollo/client/react';
import { CREATE_TEAM_MUTATION, DELETE_TEAM_MUTATION, RENAME_TEAM_MUTATION, TEAMS_QUERY } from '../teams.graphql';
import { ListPage } from '../../../components/list-page';
import { NameForm } from '../../../components/name-form';
import { NamedList } from '../../../components/named-list';
import { FormDialog } from '../../../components/form-dialog';
import { useToast } from '../../../components/toast';
import { plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { focusFormOf } from '../../../components/empty-state';
import { UsersRound } from 'lucide-react';
import { TeamMembersEditor } from '../components/team-members-editor';
import { TeamOrganizationsEditor } from '../components/team-organizations-editor';

const NAMES_SHOWN = 3;

/** The first few names, "and N more". */
const shortList = (names: string[]) =>
  names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : '');

export function TeamsPage() {
  useDocumentTitle('Teams');
  const { data, loading, error, refetch } = useQuery(TEAMS_QUERY);
  const [create] = useMutation(CREATE_TEAM_MUTATION, { refetchQueries: ['Teams'], awaitRefetchQueries: true });
  const [rename] = useMutation(RENAME_TEAM_MUTATION);
  const [remove] = useMutation(DELETE_TEAM_MUTATION, { refetchQueries: ['Teams'] });
  const teams = data?.teams ?? [];
  const toast = useToast();

  return (
    <ListPage
      titleId="teams-title"
      title="Teams"
      listPanel={{ titleId: 'team-list-title', title: 'All teams' }}
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what="teams"
      items={teams}
      empty={{
        icon: UsersRound,
        text: 'No teams yet',
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-team-title')}>
            Create a team
          </button>
        ),
      }}
      list={(items) => (
        <NamedList
          noun="team"
          items={items}
          onRename={(team, name) => rename({ variables: { id: team.id, name } })}
          onDelete={(team) => remove({ variables: { id: team.id } })}
          deleteConsequence={(team) =>
            team.members.length
              ? `${plural(team.members.length, 'agent')} will be taken out of this team (their change logs say so). The agents themselves stay.`
              : 'No agent is in this team.'
          }
          columns={[
            {
              header: 'Members',
              cell: (team) =>
                team.members.length === 0 ? (
                  <span className="muted">No members</span>
                ) : (
                  <>
                    {plural(team.members.length, 'member')}
                    <div className="muted">{shortList(team.members.map((m) => m.name))}</div>
                  </>
                ),
            },
            {
              header: 'Organizations',
              cell: (team) =>
                team.organizations.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <>
                    {plural(team.organizations.length, 'organization')}
                    <div className="muted">{shortList(team.organizations.map((o) => o.name))}</div>
                  </>
                ),
            },
          ]}
          actions={(team) => (
            <>
              <FormDialog
                title={`Members of ${team.name}`}
                description="Tick the agents who belong to this team, then save."
                trigger={
                  <button type="button" className="button button-secondary button-small" aria-label={`Edit members of ${team.name}`}>
                    Members
                  </button>
                }
              >
                {(close) => <TeamMembersEditor teamId={team.id} members={team.members} onSaved={close} />}
              </FormDialog>
              <FormDialog
                title={`Organizations of ${team.name}`}
                description="With team-scoped visibility on, the team's members see only the users of these organizations."
                trigger={
                  <button type="button" className="button button-secondary button-small" aria-label={`Edit organizations of ${team.name}`}>
                    Organizations
                  </button>
                }
              >
                {(close) => <TeamOrganizationsEditor teamId={team.id} organizations={team.organizations} onSaved={close} />}
              </FormDialog>
            </>
          )}
        />
      )}
    >
      <section className="panel" aria-labelledby="new-team-title">
        <h2 id="new-team-title">New team</h2>
        <NameForm
          label="Team name"
          submitLabel="Create team"
          onSave={async (name) => {
            await create({ variables: { name } });
            toast.success(`Team ${name} created.`);
          }}
        />
      </section>
    </ListPage>
  );
}
