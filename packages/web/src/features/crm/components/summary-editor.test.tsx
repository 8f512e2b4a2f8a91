import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { SummaryEditor } from './summary-editor';

const refusal = () =>
  new CombinedGraphQLErrors({
    errors: [
      { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.summary': 'is at most 10000 characters' } } },
    ],
  });

describe('SummaryEditor', () => {
  it('keeps the typed text after a failed save and says why; a later save closes the editor', async () => {
    const onSave = vi.fn<(summary: string | null) => Promise<void>>().mockRejectedValueOnce(refusal()).mockResolvedValueOnce();
    render(<SummaryEditor summary="Old text" canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit summary' }));
    const box = screen.getByRole('textbox', { name: 'Summary' });
    expect(box).toHaveValue('Old text');
    await userEvent.clear(box);
    await userEvent.type(box, 'Too long, say');
    await userEvent.click(screen.getByRole('button', { name: 'Save summary' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Summary is at most 10000 characters');
    expect(box).toHaveValue('Too long, say');
    expect(box).toHaveAccessibleDescription('Summary is at most 10000 characters');

    await userEvent.click(screen.getByRole('button', { name: 'Save summary' }));
    expect(onSave).toHaveBeenLastCalledWith('Too long, say');
    expect(await screen.findByRole('button', { name: 'Edit summary' })).toBeInTheDocument();
  });

  it('saves an emptied summary as null and offers no editing without people.edit', async () => {
    const onSave = vi.fn<(summary: string | null) => Promise<void>>().mockResolvedValue();
    const { unmount } = render(<SummaryEditor summary="Text" canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit summary' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Summary' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save summary' }));
    expect(onSave).toHaveBeenCalledWith(null);
    unmount();
    render(<SummaryEditor summary="Text" canEdit={false} onSave={onSave} />);
    expect(screen.queryByRole('button', { name: 'Edit summary' })).toBeNull();
  });
});
