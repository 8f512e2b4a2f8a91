import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChevronDown, Plus } from 'lucide-react';
import { ActionMenu } from '../../../components/action-menu';

/** "New agent" opens the form; the arrow next to it offers the other ways to add agents. */
export function NewAgentMenu() {
  const { t } = useTranslation('agents');
  const navigate = useNavigate();
  return (
    <div className="split-button">
      <Link to="/agents/new" className="button button-primary">
        <Plus aria-hidden="true" />
        {t('shared.newAgent')}
      </Link>
      <ActionMenu
        align="end"
        trigger={
          <button type="button" className="button button-primary split-button-toggle" aria-label={t('list.moreWays')}>
            <ChevronDown aria-hidden="true" />
          </button>
        }
        items={[
          { label: t('shared.newAgent'), onSelect: () => navigate('/agents/new') },
          { label: t('list.bulkAddAgents'), onSelect: () => navigate('/agents/bulk') },
        ]}
      />
    </div>
  );
}
