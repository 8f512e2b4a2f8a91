import { Link, useNavigate } from 'react-router';
import { ChevronDown, Plus } from 'lucide-react';
import { ActionMenu } from '../../../components/action-menu';

/** "New agent" opens the form; the arrow next to it offers the other ways to add agents. */
export function NewAgentMenu() {
  const navigate = useNavigate();
  return (
    <div className="split-button">
      <Link to="/agents/new" className="button button-primary">
        <Plus aria-hidden="true" />
        New agent
      </Link>
      <ActionMenu
        align="end"
        trigger={
          <button type="button" className="button button-primary split-button-toggle" aria-label="More ways to add agents">
            <ChevronDown aria-hidden="true" />
          </button>
        }
        items={[
          { label: 'New agent', onSelect: () => navigate('/agents/new') },
          { label: 'Bulk add agents', onSelect: () => navigate('/agents/bulk') },
        ]}
      />
    </div>
  );
}
