import { useState } from 'react';
import { Link } from 'react-router';
import type { CreatedAgent } from './new-agent-form';

/** After createAgent: the temporary password, shown this once, and where to go next. */
export function AgentCreated({ agent, onAnother }: { agent: CreatedAgent; onAnother: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(agent.temporaryPassword ?? '');
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="panel agent-created">
      <h2 tabIndex={-1} ref={(heading) => heading?.focus()}>
        {agent.name} was added
      </h2>
      <p>
        {agent.email} can now sign in
        {agent.welcomeEmailSent ? '; a welcome email with the login details is on its way.' : '.'}
      </p>
      {agent.imageError && (
        <p role="alert" className="alert alert-error">
          The profile image was not saved: {agent.imageError} Add it on the agent&rsquo;s page.
        </p>
      )}
      {agent.temporaryPassword && (
        <div className="secret-box">
          <p className="secret-label" id="temporary-password-label">
            Temporary password
          </p>
          <div className="secret-row">
            <code aria-labelledby="temporary-password-label" data-testid="temporary-password">
              {agent.temporaryPassword}
            </code>
            <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
              Copy
            </button>
          </div>
          <p className="field-hint" role="status">
            {copied === 'yes'
              ? 'Copied to the clipboard.'
              : copied === 'failed'
                ? 'Could not copy: select the password and copy it by hand.'
                : 'Shown only this once: hand it to the agent now.'}
          </p>
        </div>
      )}
      <div className="form-actions">
        <Link to={`/agents/${agent.id}`} className="button button-primary">
          Open {agent.name}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAnother}>
          Add another agent
        </button>
        <Link to="/agents">Back to the agents list</Link>
      </div>
    </div>
  );
}
