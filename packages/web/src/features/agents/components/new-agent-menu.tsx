import { DropdownMenu } from 'radix-ui';
import { Link, useNavigate } from 'react-router';

/** "+ New" opens the form; the arrow next to it offers the other ways to add agents. */
export function NewAgentMenu() {
  const navigate = useNavigate();
  return (
    <div className="split-button">
      <Link to="/agents/new" className="button button-primary">
        + New
      </Link>
      {/* Not modal: a two-item menu need not hide the page from assistive technology. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger className="button button-primary split-button-toggle" aria-label="More ways to add agents">
          <span aria-hidden="true">▾</span>
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
