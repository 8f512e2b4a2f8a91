import { useRef, useState, type ReactElement } from 'react';
import { DropdownMenu } from 'radix-ui';

export interface ActionMenuItem {
  label: string;
  onSelect: () => void;
}

interface ActionMenuProps {
  /** The button that opens the menu (it gets the menu's ARIA attributes and keyboard handling). */
  trigger: ReactElement;
  items: readonly ActionMenuItem[];
  align?: 'start' | 'end';
}

/** The page's main landmark (the app layout's <main id="main">), where menus render. */
const mainLandmark = () => document.getElementById('main') ?? undefined;

/**
 * Every dropdown menu of the app: Enter, Space or ArrowDown opens it, arrows move, Escape closes
 * and focus returns to the trigger. Not modal, so the page is never hidden from assistive
 * technology while focus is in it, and rendered inside the main landmark, not after it.
 */
export function ActionMenu({ trigger, items, align = 'start' }: ActionMenuProps) {
  // Controlled, so the portal's container is looked up when the menu opens (after the layout mounted).
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  // The chosen item runs once the menu is gone and focus is back on the trigger: a dialog it
  // opens then returns focus there when it closes (not to the removed menu item, i.e. nowhere).
  const chosen = useRef<(() => void) | null>(null);
  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger asChild ref={triggerRef}>
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={mainLandmark()}>
        <DropdownMenu.Content
          className="menu"
          align={align}
          sideOffset={4}
          onCloseAutoFocus={(event) => {
            const run = chosen.current;
            if (!run) return;
            chosen.current = null;
            event.preventDefault();
            triggerRef.current?.focus();
            run();
          }}
        >
          {items.map((item) => (
            <DropdownMenu.Item key={item.label} className="menu-item" onSelect={() => (chosen.current = item.onSelect)}>
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
