import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PendingAvatarField, ProfileImageField } from './profile-image-field';

const person = { id: '7', name: 'Ava Avatar', email: 'ava@example.com' };

describe('ProfileImageField', () => {
  it('shows initials without an image, and offers only Upload image', () => {
    const { container } = render(<ProfileImageField person={person} src={null} canEdit onPick={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Profile image' })).toBeInTheDocument();
    expect(container.querySelector('.avatar')).toHaveTextContent('AA');
    expect(container.querySelector('.avatar img')).toBeNull();
    expect(screen.getByLabelText('Upload image')).toHaveAttribute('accept', 'image/png,image/jpeg,image/webp');
    expect(screen.queryByRole('button', { name: 'Delete profile image' })).toBeNull();
  });

  it('shows the image with Delete, and hands over a picked file', async () => {
    const onPick = vi.fn();
    const onDelete = vi.fn();
    const { container } = render(
      <ProfileImageField person={person} src="/agent-avatars/7/abc" canEdit onPick={onPick} onDelete={onDelete} />,
    );
    expect(container.querySelector('.avatar img')).toHaveAttribute('src', '/agent-avatars/7/abc');
    const file = new File([new Uint8Array([0x89, 0x50])], 'me.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Upload image'), file);
    expect(onPick).toHaveBeenCalledWith(file);
    await userEvent.click(screen.getByRole('button', { name: 'Delete profile image' }));
    expect(onDelete).toHaveBeenCalled();
  });

  it('only shows the image to someone who may not change it', () => {
    render(<ProfileImageField person={person} src="/agent-avatars/7/abc" canEdit={false} onPick={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.queryByLabelText('Upload image')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete profile image' })).toBeNull();
  });

  it('refuses a file over 2 MB on the new-agent form before anything is sent', async () => {
    const onChange = vi.fn();
    render(<PendingAvatarField person={{ name: 'Nora New' }} file={null} onChange={onChange} />);
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Upload image'), big);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('The file is larger than 2 MB.');
  });
});
