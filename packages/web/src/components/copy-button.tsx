import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  text: string;
  label?: string;
  /** What is copied, for screen readers when several Copy buttons share a screen ("Copy" + "a@example.com"). */
  what?: string;
  small?: boolean;
}

/** Copies `text` to the clipboard and says so (a polite live region). */
export function CopyButton({ text, label, what, small }: CopyButtonProps) {
  const { t } = useTranslation('common');
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
        aria-label={what ? `${label ?? t('copy')} ${what}` : undefined}
        onClick={() => void copy()}
      >
        {label ?? t('copy')}
      </button>
      <span role="status" className="copy-status">
        {copied === 'yes'
          ? what
            ? t('copyButton.copiedWhat', { what })
            : t('copyButton.copied')
          : copied === 'failed'
            ? t('copyButton.failed')
            : ''}
      </span>
    </>
  );
}
