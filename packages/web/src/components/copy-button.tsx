import { useState } from 'react';

interface CopyButtonProps {
  text: string;
  label?: string;
  /** What is copied, for screen readers when several Copy buttons share a screen ("Copy" + "a@example.com"). */
  what?: string;
  small?: boolean;
}

/** Copies `text` to the clipboard and says so (a polite live region). */
export function CopyButton({ text, label = 'Copy', what, small }: CopyButtonProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <>
      <button
        type="button"
        className={`button button-secondary${small ? ' button-small' : ''}`}
        aria-label={what ? `${label} ${what}` : undefined}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {copied === 'yes'
          ? what
            ? `Copied ${what} to the clipboard.`
            : 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Could not copy: select the text and copy it.'
            : ''}
      </span>
    </>
  );
}
