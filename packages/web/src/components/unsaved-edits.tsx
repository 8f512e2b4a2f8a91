import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChangesGuard } from './unsaved-changes-guard';
import { listFormat } from '../lib/format';

type Report = (what: string, dirty: boolean) => void;
const ReportContext = createContext<Report | null>(null);

/**
 * One unsaved-changes guard for a page of in-place editors (a CRM record): each editor reports
 * whether it holds edits, and leaving the page while any does asks first. One guard per page,
 * because react-router heeds only one blocker at a time.
 */
export function UnsavedEditsScope({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const [dirty, setDirty] = useState<readonly string[]>([]);
  const report = useCallback<Report>(
    (what, isDirty) =>
      setDirty((list) => (isDirty === list.includes(what) ? list : isDirty ? [...list, what] : list.filter((w) => w !== what))),
    [],
  );
  const guard = useUnsavedChangesGuard(dirty.length > 0, t('unsaved.changesTo', { what: listFormat(dirty) }));
  return (
    <ReportContext.Provider value={report}>
      {children}
      {guard.dialog}
    </ReportContext.Provider>
  );
}

/** Tells the page's UnsavedEditsScope (if any) that `what` ("contact information") holds edits. */
export function useReportUnsavedEdits(what: string, dirty: boolean) {
  const report = useContext(ReportContext);
  useEffect(() => {
    if (!report) return;
    report(what, dirty);
    return () => report(what, false);
  }, [report, what, dirty]);
}
