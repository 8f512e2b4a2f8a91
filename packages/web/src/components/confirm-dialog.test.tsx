import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

/** A page that shows something once after its own button's action: the dialog has no trigger. */
function ShownOnce() {
  const [shown, setShown] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={opener} onClick={() => setShown(true)}>
        Make a password
      </button>
      <ConfirmDialog
        open={shown}
        onOpenChange={setShown}
        title="Your password"
        confirmLabel="Done"
        cancelLabel={null}
        returnFocusTo={opener}
        onConfirm={async () => undefined}
      >
        <p>s3cret</p>
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog without a trigger, to acknowledge', () => {
  it('offers only Done, and gives focus back to the given button', async () => {
    const user = userEvent.setup();
    render(<ShownOnce />);
    await user.click(screen.getByRole('button', { name: 'Make a password' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Your password' });
    expect(dialog).toHaveTextContent('s3cret');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Make a password' })).toHaveFocus();
  });
});
