import { useDeferredValue, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { MEMBER_CANDIDATES_QUERY, SET_TEAM_MEMBERS_MUTATION } from '../teams.graphql';
import { toDisplayError } from '../../../lib/errors';
import { plural } from '../../../lib/format';

interface Member {
  id: string;
  name: string;
  email: string;
}

interface TeamMembersEditorProps {
  teamId: string;
  members: readonly Member[];
  onSaved: () => void;
}

/** Tick agents to put them in the team; search narrows the list (name or email prefix). */
export function TeamMembersEditor({ teamId, members, onSaved }: TeamMembersEditorProps) {
  const [selected, setSelected] = useState(() => new Map(members.map((m) => [m.id, m])));
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const { data, loading } = useQuery(MEMBER_CANDIDATES_QUERY, { variables: { search: deferredSearch || undefined } });
  const [save, { loading: saving }] = useMutation(SET_TEAM_MEMBERS_MUTATION);
  const [error, setError] = useState<string | null>(null);

  const candidates = data?.agents.edges.map((e) => e.node) ?? [];
  // Members stay listed first even when the search does not match them, so they can be removed.
  const shown = [...selected.values(), ...candidates.filter((c) => !selected.has(c.id))];

  function toggle(agent: Member, on: boolean) {
    setSelected((prev) => {
      const next = new Map(prev);
      if (on) next.set(agent.id, agent);
      else next.delete(agent.id);
      return next;
    });
  }

  async function submit() {
    setError(null);
    try {
      await save({ variables: { id: teamId, agentIds: [...selected.keys()] } });
      onSaved();
    } catch (caught) {
      setError(toDisplayError(caught).message);
    }
  }

  return (
    <div className="form">
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`member-search-${teamId}`}>Find agents</label>
        <input
          id={`member-search-${teamId}`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Name or email"
        />
      </div>
      <fieldset className="checkbox-list scroll-list">
        <legend>{plural(selected.size, 'member')} selected</legend>
        {loading && !data && <p role="status">Loading agents…</p>}
        {shown.map((agent) => (
          <label key={agent.id}>
            <input type="checkbox" checked={selected.has(agent.id)} onChange={(e) => toggle(agent, e.target.checked)} />
            <span>
              {agent.name} <span className="muted">{agent.email}</span>
            </span>
          </label>
        ))}
        {data && shown.length === 0 && <p className="empty-state">No agent matches “{search}”.</p>}
      </fieldset>
      <div>
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void submit()}>
          {saving ? 'Saving…' : 'Save members'}
        </button>
      </div>
    </div>
  );
}
