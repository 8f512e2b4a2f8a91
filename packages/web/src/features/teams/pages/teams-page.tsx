import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CREATE_TEAM_MUTATION, DELETE_TEAM_MUTATION, RENAME_TEAM_MUTATION, TEAMS_QUERY } from '../teams.graphql';
import { ListPage } from '../../../components/list-page';
import { NameForm } from '../../../components/name-form';
import { NamedList, useNamedListWords } from '../../../components/named-list';
import { FormDialog } from '../../../components/form-dialog';
import { useToast } from '../../../components/toast';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { focusFormOf } from '../../../components/empty-state';
import { UsersRound } from 'lucide-react';
import { TeamMembersEditor } from '../components/team-members-editor';
import { TeamOrganizationsEditor } from '../components/team-organizations-editor';

const NAMES_SHOWN = 3;

/** The first few names, "and N more". */
const shortList = (t: TFunction<'teams'>, names: string[]) => {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? t('column.andMore', { names: shown, count: names.length - NAMES_SHOWN }) : shown;
};

export function TeamsPage() {
  const { t } = useTranslation('teams');
  const listT = useNamedListWords('teams', 'list');
  useDocumentTitle(t('page.title'));
  const { data, loading, error, refetch } = useQuery(TEAMS_QUERY);
  const [create] = useMutation(CREATE_TEAM_MUTATION, { refetchQueries: ['Teams'], awaitRefetchQueries: true });
  const [rename] = useMutation(RENAME_TEAM_MUTATION);
  const [remove] = useMutation(DELETE_TEAM_MUTATION, { refetchQueries: ['Teams'] });
  const teams = data?.teams ?? [];
  const toast = useToast();

  return (
    <ListPage
      titleId="teams-title"
      title={t('page.title')}
      listPanel={{ titleId: 'team-list-title', title: t('page.allTeams') }}
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what={t('page.what')}
      items={teams}
      empty={{
        icon: UsersRound,
        text: t('page.empty'),
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-team-title')}>
            {t('page.create')}
          </button>
        ),
      }}
      list={(items) => (
        <NamedList
          words={listT}
          items={items}
          onRename={(team, name) => rename({ variables: { id: team.id, name } })}
          onDelete={(team) => remove({ variables: { id: team.id } })}
          deleteConsequence={(team) =>
            team.members.length ? t('deleteConsequence.members', { count: team.members.length }) : t('deleteConsequence.none')
          }
          columns={[
            {
              header: t('column.members'),
              cell: (team) =>
                team.members.length === 0 ? (
                  <span className="muted">{t('column.noMembers')}</span>
                ) : (
                  <>
                    {t('column.memberCount', { count: team.members.length })}
                    <div className="muted">
                      {shortList(
                        t,
                        team.members.map((m) => m.name),
                      )}
                    </div>
                  </>
                ),
            },
            {
              header: t('column.organizations'),
              cell: (team) =>
                team.organizations.length === 0 ? (
                  <span className="muted">{t('column.noOrganizations')}</span>
                ) : (
                  <>
                    {t('column.organizationCount', { count: team.organizations.length })}
                    <div className="muted">
                      {shortList(
                        t,
                        team.organizations.map((o) => o.name),
                      )}
                    </div>
                  </>
                ),
            },
          ]}
          actions={(team) => (
            <>
              <FormDialog
                title={t('members.title', { name: team.name })}
                description={t('members.description')}
                trigger={
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('members.label', { name: team.name })}
                  >
                    {t('members.button')}
                  </button>
                }
              >
                {(close) => <TeamMembersEditor teamId={team.id} members={team.members} onSaved={close} />}
              </FormDialog>
              <FormDialog
                title={t('organizations.title', { name: team.name })}
                description={t('organizations.description')}
                trigger={
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={t('organizations.label', { name: team.name })}
                  >
                    {t('organizations.button')}
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
        <h2 id="new-team-title">{t('page.newTeam')}</h2>
        <NameForm
          label={t('page.teamName')}
          submitLabel={t('page.createTeam')}
          onSave={async (name) => {
            await create({ variables: { name } });
            toast.success(t('page.created', { name }));
          }}
        />
      </section>
    </ListPage>
  );
}
