import { DropdownMenu } from 'radix-ui';
import { Link, useNavigate } from 'react-router';
import { ChevronDown, Plus } from 'lucide-react';

/** "New agent" opens the form; the arrow next to it offers the other ways to add agents. */
export function NewAgentMenu() {
  const navigate = useNavigate();
  return (
    <div className="split-button">
      <Link to="/agents/new" className="button button-primary">
        <Plus aria-hidden="true" />
        New agent
      </Link>
      {/* Not modal: a two-item menu need not hide the page from assistive technology. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="button button-primary split-button-toggle" aria-label="More ways to add agents">
          <ChevronDown aria-hidden="true" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            <DropdownMenu.Item className="menu-item" onSelect={() => navigate('/agents/new')}>
              New agent
            </DropdownMenu.Item>
            <DropdownMenu.Item className="menu-item" onSelect={() => navigate('/agents/bulk')}>
              Bulk add agents
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
