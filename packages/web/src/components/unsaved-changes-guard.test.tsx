import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LocationProbe, renderRoutes } from '../test/apollo-router';
import { useUnsavedChangesGuard } from './unsaved-changes-guard';

function EditPage() {
  const [text, setText] = useState('');
  const guard = useUnsavedChangesGuard(text !== '', '1 unsaved change');
  return (
    <>
      <label>
        Note <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Link to="/other">Other page</Link>
      <Link to="/edit?tab=two">Tab two</Link>
      <Link to="/sign-in">Sign in</Link>
      <button
        type="button"
        onClick={() => {
          guard.leaveWithoutAsking();
        }}
      >
        Deleted
      </button>
      {guard.dialog}
    </>
  );
}

const routes = [
  { path: '/edit', element: <EditPage /> },
  { path: '/other', element: <LocationProbe name="other" /> },
  { path: '/sign-in', element: <LocationProbe name="sign-in" /> },
];

describe('useUnsavedChangesGuard', () => {
  it('leaves freely without edits', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, '/edit');
    await user.click(screen.getByRole('link', { name: 'Other page' }));
    expect(screen.getByTestId('location')).toHaveTextContent('other /other');
  });

  it('asks before leaving with edits: Stay keeps them, Leave goes', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/edit');
    await user.type(screen.getByLabelText('Note'), 'draft');

    await user.click(screen.getByRole('link', { name: 'Other page' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('You have 1 unsaved change on this page');
    expect(screen.getByRole('button', { name: 'Stay on this page' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('draft');
    expect(router.state.location.pathname).toBe('/edit');

    // Escape stays too.
    await user.click(screen.getByRole('link', { name: 'Other page' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('draft');

    await user.click(screen.getByRole('link', { name: 'Other page' }));
    await user.click(screen.getByRole('button', { name: 'Discard and leave' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('other /other');
  });

  it('lets a change of the query string (a tab) and the way to sign-in through', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/edit');
    await user.type(screen.getByLabelText('Note'), 'draft');
    await user.click(screen.getByRole('link', { name: 'Tab two' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=two');
    await user.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(screen.getByTestId('location')).toHaveTextContent('sign-in /sign-in');
  });

  it('asks the browser before the tab closes with edits, and not after leaveWithoutAsking', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, '/edit');
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      act(() => void window.dispatchEvent(event));
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.type(screen.getByLabelText('Note'), 'draft');
    expect(unload()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Deleted' }));
    expect(unload()).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Other page' }));
    expect(screen.getByTestId('location')).toHaveTextContent('other /other');
  });
});
