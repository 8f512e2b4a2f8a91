import type { ReactElement } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { render as renderPlain, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportPreview, ImportSummary, type AgentImportJob } from './import-preview';
import { AGENT_IMPORT_ROWS_QUERY } from './csv-import.graphql';

const render = (ui: ReactElement, mocks: unknown[] = []) => renderPlain(<MockedProvider mocks={mocks as never[]}>{ui}</MockedProvider>);
const rowNode = (row: number) => ({
  __typename: 'ImportRowEdge' as const,
  node: { __typename: 'ImportRow' as const, row, email: `r${row}@x.com`, action: 'CREATE' as const },
});

function job(overrides: Partial<AgentImportJob> = {}): AgentImportJob {
  return {
    __typename: 'AgentImport',
    id: '7',
    status: 'COMPLETED',
    dryRun: true,
    onError: 'SKIP_INVALID_ROWS',
    existing: 'SKIP',
    failure: null,
    totalRows: 3,
    processedRows: 0,
    createdCount: 1,
    updatedCount: 0,
    unchangedCount: 0,
    skippedCount: 1,
    errorCount: 1,
    rows: {
      __typename: 'ImportRowConnection',
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
      edges: [
        { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 1, email: 'ann@x.com', action: 'CREATE' } },
        { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 2, email: null, action: 'ERROR' } },
        { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 3, email: 'bo@x.com', action: 'SKIP' } },
      ],
    },
    errors: [
      { __typename: 'ImportRowError', row: 2, column: 'Email', code: 'INVALID_EMAIL', message: 'nope is not a valid email address' },
    ],
    ...overrides,
  };
}

describe('ImportPreview', () => {
  it('shows what each row would do, the errors and the counts', () => {
    render(<ImportPreview job={job()} />);
    expect(screen.getByRole('status')).toHaveTextContent('3 rows read: 1 to create, 0 to update, 1 to skip, 1 error.');
    expect(screen.getByRole('status')).toHaveTextContent('Rows with errors will be left out.');

    const preview = screen.getByRole('table', { name: 'What each row would do' });
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('ann@x.com');
    expect(within(rows[0]).getByText('Create')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Error')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Skip')).toBeInTheDocument();

    const errors = within(screen.getByRole('table', { name: 'Errors' }))
      .getAllByRole('row')
      .slice(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toHaveTextContent('Email');
    expect(errors[0]).toHaveTextContent('nope is not a valid email address');
  });

  it('numbers rows as the spreadsheet does: the header is row 1, the first data row is row 2', () => {
    const header = {
      __typename: 'ImportRowError' as const,
      row: 0,
      column: 'Nickname',
      code: 'UNKNOWN_HEADER',
      message: 'Unknown column "Nickname"',
    };
    render(<ImportPreview job={job({ errors: [...job().errors, header] })} />);
    const preview = screen.getByRole('table', { name: 'What each row would do' });
    expect(within(preview).getByRole('columnheader', { name: 'Spreadsheet row' })).toBeInTheDocument();
    const rows = within(preview).getAllByRole('row').slice(1);
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveTextContent(/^2$/);
    expect(within(rows[2]).getAllByRole('cell')[0]).toHaveTextContent(/^4$/);

    const errorTable = screen.getByRole('table', { name: 'Errors' });
    expect(within(errorTable).getByRole('columnheader', { name: 'Spreadsheet row' })).toBeInTheDocument();
    const errors = within(errorTable).getAllByRole('row').slice(1);
    expect(within(errors[0]).getAllByRole('cell')[0]).toHaveTextContent(/^3$/);
    expect(within(errors[1]).getAllByRole('cell')[0]).toHaveTextContent(/^1 \(header\)$/);
  });

  it('says each error in words and keeps its code in small print for support', () => {
    const long = {
      __typename: 'ImportRowError' as const,
      row: 3,
      column: '',
      code: 'ROW_TOO_LONG',
      message: 'Row 3 is longer than 100,000 characters (a cell over its limit): it was not read',
    };
    render(<ImportPreview job={job({ errors: [...job().errors, long] })} />);
    const errors = within(screen.getByRole('table', { name: 'Errors' })).getAllByRole('row');
    expect(within(errors[0]).queryByRole('columnheader', { name: 'Code' })).toBeNull();
    expect(errors[1]).toHaveTextContent('The email address is not valid: nope is not a valid email address');
    expect(within(errors[1]).getByText('INVALID_EMAIL')).toHaveAttribute('title', 'Error code (for support)');
    // The API's own sentence counts data rows ("Row 3"); the table says the spreadsheet's row instead.
    expect(errors[2]).toHaveTextContent(/^4.*The row is longer than 100,000 characters, so it was not read\./);
    expect(errors[2]).not.toHaveTextContent('Row 3');
    expect(within(errors[2]).getByText('ROW_TOO_LONG')).toBeInTheDocument();
  });

  it('shows what was in an email cell that is not an address', () => {
    render(<ImportPreview job={job()} />);
    const rows = within(screen.getByRole('table', { name: 'What each row would do' })).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('nope');
    expect(rows[2]).not.toHaveTextContent('(empty)');
  });

  it('says in words that "Import nothing" writes nothing while there are errors', () => {
    render(<ImportPreview job={job({ onError: 'ABORT' })} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'With "Import nothing", the import will not write anything until the errors are fixed',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('ABORT');
    expect(screen.queryByRole('navigation', { name: 'Preview rows' })).not.toBeInTheDocument();
  });

  it('pages through a preview of more rows than one page holds', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 100 }, (_, i) => rowNode(i + 1));
    const next = Array.from({ length: 50 }, (_, i) => rowNode(i + 101));
    const rows = { __typename: 'ImportRowConnection' as const, totalCount: 150 };
    const mocks = [
      {
        request: { query: AGENT_IMPORT_ROWS_QUERY, variables: { id: '7', after: 'c100' } },
        result: {
          data: {
            agentImport: {
              __typename: 'AgentImport',
              id: '7',
              rows: { ...rows, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c150' }, edges: next },
            },
          },
        },
      },
    ];
    const firstPage = { ...rows, pageInfo: { __typename: 'PageInfo' as const, hasNextPage: true, endCursor: 'c100' }, edges: first };
    render(<ImportPreview job={job({ totalRows: 150, rows: firstPage })} />, mocks);
    expect(screen.getByRole('table', { name: 'What each row would do (spreadsheet rows 2–101 of 150 data rows)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous rows' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next rows' }));
    const second = await screen.findByRole('table', { name: 'What each row would do (spreadsheet rows 102–151 of 150 data rows)' });
    expect(within(second).getAllByRole('row')).toHaveLength(51);
    expect(second).toHaveTextContent('r150@x.com');
    expect(screen.getByRole('button', { name: 'Next rows' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous rows' }));
    expect(screen.getByRole('table', { name: 'What each row would do (spreadsheet rows 2–101 of 150 data rows)' })).toHaveTextContent(
      'r1@x.com',
    );
  });

  it('counts and labels the rows an update would leave unchanged', () => {
    const unchanged = {
      __typename: 'ImportRowEdge' as const,
      node: { __typename: 'ImportRow' as const, row: 4, email: 'cy@x.com', action: 'UNCHANGED' as const },
    };
    const base = job();
    render(
      <ImportPreview
        job={job({
          existing: 'UPDATE',
          totalRows: 4,
          unchangedCount: 1,
          rows: { ...base.rows, totalCount: 4, edges: [...base.rows.edges, unchanged] },
        })}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('4 rows read: 1 to create, 0 to update, 1 unchanged, 1 to skip, 1 error.');
    const rows = within(screen.getByRole('table', { name: 'What each row would do' })).getAllByRole('row');
    expect(within(rows[4]).getByText('Unchanged')).toBeInTheDocument();
  });

  it('has no errors table when every row is fine', () => {
    render(<ImportPreview job={job({ errorCount: 0, errors: [] })} />);
    expect(screen.queryByRole('table', { name: /Errors/ })).not.toBeInTheDocument();
  });
});

describe('ImportSummary', () => {
  it('shows the counts and links the errors file', () => {
    render(<ImportSummary job={job({ dryRun: false, processedRows: 2 })} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 created, 0 updated, 1 skipped, 1 failed.');
    expect(screen.getByRole('link', { name: 'Download the errors (CSV)' })).toHaveAttribute('href', '/imports/7/errors.csv');
  });

  it('counts the unchanged rows of an update', () => {
    render(
      <ImportSummary job={job({ dryRun: false, existing: 'UPDATE', unchangedCount: 50, updatedCount: 1, errorCount: 0, errors: [] })} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 created, 1 updated, 50 unchanged, 1 skipped, 0 failed.');
  });

  it('has no errors link without errors', () => {
    render(<ImportSummary job={job({ dryRun: false, errorCount: 0, errors: [] })} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
