import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportPreview, ImportSummary, type AgentImportJob } from './import-preview';

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
    skippedCount: 1,
    errorCount: 1,
    rows: {
      __typename: 'ImportRowConnection',
      totalCount: 3,
      edges: [
        { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 1, email: 'ann@x.com', action: 'CREATE' } },
        { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 2, email: 'nope', action: 'ERROR' } },
        { __typename: 'ImportRowEdge', node: { __typename: 'ImportRow', row: 3, email: 'bo@x.com', action: 'SKIP' } },
      ],
    },
    errors: [
      { __typename: 'ImportRowError', row: 2, column: 'Email', code: 'INVALID_EMAIL', message: 'Email is not a valid email address' },
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
    expect(errors[0]).toHaveTextContent('2');
    expect(errors[0]).toHaveTextContent('Email');
    expect(errors[0]).toHaveTextContent('INVALID_EMAIL');
    expect(errors[0]).toHaveTextContent('Email is not a valid email address');
  });

  it('says when only the first rows are shown, and that ABORT imports nothing while there are errors', () => {
    const base = job();
    render(<ImportPreview job={job({ onError: 'ABORT', rows: { ...base.rows, totalCount: 500 } })} />);
    expect(screen.getByRole('table', { name: 'What each row would do (the first 3 of 500 rows)' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('will not write anything until the errors are fixed');
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

  it('has no errors link without errors', () => {
    render(<ImportSummary job={job({ dryRun: false, errorCount: 0, errors: [] })} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
