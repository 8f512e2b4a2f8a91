import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Initials on a colour picked from the id: the same person always looks the same. */
export type AvatarStatus = 'enabled' | 'disabled' | 'pending';

// Dark enough for white text at WCAG AA (4.5:1 and more on each).
const COLOURS = ['#1f4e79', '#6b2d8f', '#9a3412', '#166534', '#155e75', '#9d174d', '#3730a3', '#0f5e57', '#7c4a03', '#4b5563'];

/** "Ada Lovelace" → "AL"; "ada.lovelace@example.com" → "AL"; "ada" → "AD". */
export function initialsOf(name: string | null | undefined, email?: string | null): string {
  const source = name?.trim() || (email ?? '').split('@')[0];
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const first = (w: string | undefined) => (w ? Array.from(w)[0] : '');
  const letters =
    words.length > 1
      ? first(words[0]) + first(words[words.length - 1])
      : Array.from(words[0] ?? '?')
          .slice(0, 2)
          .join('');
  return letters.toUpperCase() || '?';
}

export function avatarColour(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

interface AvatarProps {
  id: string;
  name?: string | null;
  email?: string | null;
  size?: 'sm' | 'md' | 'lg';
  status?: AvatarStatus;
  /** The agent's profile image (Agent.avatarUrl); initials when there is none or it fails to load. */
  src?: string | null;
}

/** Decorative: the name is always written beside it (a status dot repeats what a column or badge says). */
export function Avatar({ id, name, email, size = 'md', status, src }: AvatarProps) {
  const { t } = useTranslation('common');
  const [failed, setFailed] = useState<string | null>(null);
  const image = src && failed !== src ? src : null;
  return (
    <span
      className={`avatar avatar-${size}`}
      style={{ background: avatarColour(id) }}
      aria-hidden="true"
      data-avatar={image ? 'image' : 'initials'}
    >
      {image ? (
        <img className="avatar-image" src={image} alt="" loading="lazy" decoding="async" onError={() => setFailed(image)} />
      ) : (
        initialsOf(name, email)
      )}
      {status && <span className={`avatar-status avatar-status-${status}`} title={t(`avatarStatus.${status}`)} />}
    </span>
  );
}
