import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActionMenu } from './action-menu';

/** A page like the app's: a header beside the main landmark that holds the menu and a dialog it opens. */
function Page() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <header data-testid="header">Roster</header>
      <main id="main">
        <ActionMenu
          trigger={<button type="button">Actions</button>}
          items={[
            { label: 'First', onSelect: () => setChosen('First') },
            { label: 'Open a field', onSelect: () => setChosen('Open a field') },
          ]}
        />
        {chosen === 'Open a field' && <input aria-label="Opened" autoFocus onBlur={() => setChosen(null)} />}
        {chosen && <p>Chose {chosen}</p>}
      </main>
    </>
  );
}

describe('ActionMenu', () => {
  it('opens by keyboard inside the main landmark without hiding the page, and Escape returns focus to the trigger', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const trigger = screen.getByRole('button', { name: 'Actions' });
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(screen.getByRole('main')).toContainElement(menu);
    expect(screen.getByTestId('header').closest('[aria-hidden="true"]')).toBeNull();
    expect(screen.getByRole('menuitem', { name: 'First' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Open a field' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('runs the chosen item once focus is back on the trigger, so what it opens can take focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const trigger = screen.getByRole('button', { name: 'Actions' });
    trigger.focus();
    await user.keyboard(' ');
    await screen.findByRole('menu');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByText('Chose Open a field')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Opened' })).toHaveFocus();
  });
});
