import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { AGENT_IMPORT } from '../../features/agents/bulk-add/agent-import-kind';
import type { ImportJob } from './import-kind';
import { ImportPreview, ImportSummary } from './import-preview';
import { failureSentence } from './import-words';

const job: ImportJob = {
  id: '7',
  status: 'COMPLETED',
  dryRun: true,
  onError: 'ABORT',
  existing: 'UPDATE',
  failure: null,
  totalRows: 1234,
  processedRows: 0,
  createdCount: 1000,
  updatedCount: 200,
  unchangedCount: 31,
  skippedCount: 2,
  errorCount: 1,
  rows: {
    __typename: 'ImportRowConnection',
    totalCount: 2,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
    edges: [
      { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 1, email: 'ann@x.com', action: 'CREATE' } },
      { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 2, email: null, action: 'ERROR' } },
    ],
  },
  errors: [{ __typename: 'ImportRowError', row: 0, column: 'Team', code: 'UNKNOWN_HEADER', message: 'Unknown column "Team"', value: null }],
};

describe('the CSV import screens in German', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('counts, labels and explains in German, with German number formats', async () => {
    await setLanguage('de');
    render(
      <MockedProvider>
        <ImportPreview kind={AGENT_IMPORT} job={job} />
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Vorschau' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '1.234 Zeilen gelesen: 1.000 neu anzulegen, 200 zu aktualisieren, 31 unverändert, 2 zu überspringen, 1 Fehler. ' +
        'Mit „Nichts importieren“ schreibt der Import nichts, bis die Fehler behoben sind.',
    );
    const rows = screen.getByRole('table', { name: 'Was mit jeder Zeile passieren würde' });
    expect(within(rows).getByRole('columnheader', { name: 'Tabellenzeile' })).toBeInTheDocument();
    expect(within(rows).getByText('Anlegen')).toBeInTheDocument();
    expect(within(rows).getByText('(leer)')).toBeInTheDocument();
    const errors = screen.getByRole('table', { name: 'Fehler' });
    expect(within(errors).getByText('1 (Kopfzeile)')).toBeInTheDocument();
    // The code's sentence is German; the API's particulars stay as the API wrote them.
    expect(
      within(errors).getByText(/Die Kopfzeile nennt eine Spalte, die dieser Import nicht kennt: Unknown column "Team"/),
    ).toBeInTheDocument();
    expect(failureSentence({ failure: '1 problem(s) in the file (onError: ABORT)', onError: 'ABORT', dryRun: false, errorCount: 2 })).toBe(
      '2 Probleme in der Datei, und „Nichts importieren“ ist gewählt: Es wurde nichts importiert. ' +
        'Korrigieren Sie die Zeilen unten oder wählen Sie „Diese Zeile überspringen, die anderen importieren“.',
    );
  });

  it('sums up a finished import in German', async () => {
    await setLanguage('de');
    render(<ImportSummary kind={AGENT_IMPORT} job={{ ...job, dryRun: false }} />);
    expect(screen.getByRole('heading', { name: 'Import abgeschlossen' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '1.000 angelegt, 200 aktualisiert, 31 unverändert, 2 übersprungen, 1 fehlgeschlagen.',
    );
    expect(screen.getByRole('link', { name: 'Fehler herunterladen (CSV)' })).toBeInTheDocument();
  });
});
