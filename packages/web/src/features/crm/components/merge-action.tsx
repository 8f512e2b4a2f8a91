import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import type { MergeCandidate } from '../merge-words';
import { MergeDialog } from './merge-dialog';

/** Opens the merge dialog from anywhere on the record: the header action, a duplicate, an address conflict. */
export function useMergeLauncher() {
  // undefined: closed; null: open at the picker; a candidate: open with it chosen.
  const [source, setSource] = useState<MergeCandidate | null | undefined>(undefined);
  // The dialog has no Radix trigger (several buttons open it): focus goes back to the one used.
  const opener = useRef<HTMLElement | null>(null);
  return {
    source,
    open: (candidate: MergeCandidate | null = null) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setSource(candidate);
    },
    close: () => setSource(undefined),
    restoreFocus: () => {
      if (opener.current?.isConnected) opener.current.focus();
    },
  };
}

export type MergeLauncher = ReturnType<typeof useMergeLauncher>;

interface Props {
  target: MergeCandidate;
  launcher: MergeLauncher;
}

/** The record header's "Merge…" action (people.merge) and its dialog. */
export function MergeAction({ target, launcher }: Props) {
  const { t } = useTranslation('crm');
  return (
    <>
      <button type="button" className="button button-secondary button-small" onClick={() => launcher.open(null)}>
        {t('mergePicker.action')}
      </button>
      <MergeDialog
        target={target}
        open={launcher.source !== undefined}
        source={launcher.source ?? null}
        onOpenChange={(open) => (open ? launcher.open(null) : launcher.close())}
        onCloseAutoFocus={launcher.restoreFocus}
      />
    </>
  );
}
