import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CreatedAgent } from './new-agent-form';

/** After createAgent: the temporary password, shown this once, and where to go next. */
export function AgentCreated({ agent, onAnother }: { agent: CreatedAgent; onAnother: () => void }) {
  const { t } = useTranslation('agents');
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
        {t('created.title', { name: agent.name })}
      </h2>
      <p>{t(agent.welcomeEmailSent ? 'created.canSignInWelcome' : 'created.canSignIn', { email: agent.email })}</p>
      {agent.imageError && (
        <p role="alert" className="alert alert-error">
          {t('created.imageError', { error: agent.imageError })}
        </p>
      )}
      {agent.temporaryPassword && (
        <div className="secret-box">
          <p className="secret-label" id="temporary-password-label">
            {t('created.temporaryPassword')}
          </p>
          <div className="secret-row">
            <code aria-labelledby="temporary-password-label" data-testid="temporary-password">
              {agent.temporaryPassword}
            </code>
            <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
              {t('shared.copy')}
            </button>
          </div>
          <p className="field-hint" role="status">
            {copied === 'yes' ? t('created.copied') : copied === 'failed' ? t('created.copyFailed') : t('created.shownOnce')}
          </p>
        </div>
      )}
      <div className="form-actions">
        <Link to={`/agents/${agent.id}`} className="button button-primary">
          {t('created.open', { name: agent.name })}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAnother}>
          {t('created.another')}
        </button>
        <Link to="/agents">{t('created.backToList')}</Link>
      </div>
    </div>
  );
}
