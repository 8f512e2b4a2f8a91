import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUCCESS_TOAST_MS, ToastProvider, useToast } from './toast';

function Buttons() {
  const toast = useToast();
  return (
    <>
      <button type="button" onClick={() => toast.success('Team created.')}>
        Ok
      </button>
      <button type="button" onClick={() => toast.error('Could not revoke.')}>
        Fail
      </button>
    </>
  );
}

const renderToasts = () =>
  render(
    <ToastProvider>
      <Buttons />
    </ToastProvider>,
  );
const region = (variant: string) => document.querySelector(`.toast-list[data-variant="${variant}"]`)!;

describe('toasts', () => {
  afterEach(() => vi.useRealTimers());

  it('announces success politely and errors assertively, in regions that exist before any toast', () => {
    renderToasts();
    expect(region('success')).toHaveAttribute('aria-live', 'polite');
    expect(region('error')).toHaveAttribute('aria-live', 'assertive');
    // No role: a page's own alerts stay the only role="alert" on it.
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByText('Ok'));
    fireEvent.click(screen.getByText('Fail'));
    expect(region('success')).toHaveTextContent('Team created.');
    expect(region('error')).toHaveTextContent('Could not revoke.');
  });

  it('dismisses a success by itself and keeps an error until it is closed', () => {
    vi.useFakeTimers();
    renderToasts();
    fireEvent.click(screen.getByText('Ok'));
    fireEvent.click(screen.getByText('Fail'));
    act(() => vi.advanceTimersByTime(SUCCESS_TOAST_MS + 10));
    expect(screen.queryByText('Team created.')).toBeNull();
    expect(screen.getByText('Could not revoke.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Could not revoke.')).toBeNull();
  });

  it('is closed from the keyboard', async () => {
    renderToasts();
    const user = userEvent.setup();
    await user.click(screen.getByText('Ok'));
    // From "Ok": past "Fail" to the toast's close button, after the page in tab order.
    await user.tab();
    await user.tab();
    const close = screen.getByRole('button', { name: 'Dismiss' });
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Team created.')).toBeNull();
  });

  it('shows the same message once, and needs the provider', () => {
    renderToasts();
    fireEvent.click(screen.getByText('Ok'));
    fireEvent.click(screen.getByText('Ok'));
    expect(screen.getAllByText('Team created.')).toHaveLength(1);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Buttons />)).toThrow(/ToastProvider/);
  });
});
