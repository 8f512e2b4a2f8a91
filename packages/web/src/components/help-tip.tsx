import type { ReactNode } from 'react';
import { Popover } from 'radix-ui';
import { CircleHelp } from 'lucide-react';

/** Help kept out of the page until asked for: a "?" button that opens a short note. */
export function HelpTip({ topic, children }: { topic: string; children: ReactNode }) {
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button" className="button button-icon button-small help-tip" aria-label={`About ${topic}`} title={`About ${topic}`}>
          <CircleHelp aria-hidden="true" />
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="help-tip-content" sideOffset={6} collisionPadding={12} aria-label={`About ${topic}`}>
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
