import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvImport } from './csv-import';
import { AGENT_IMPORT_QUERY } from './csv-import.graphql';
import { POSSIBLE_TYPES } from '../../../app/apollo';

// The job query spreads a fragment on the ImportJob interface: the cache needs the possible types.
const cache = () => new InMemoryCache({ possibleTypes: POSSIBLE_TYPES });

const job = (status: string, dryRun: boolean, onError = 'SKIP_INVALID_ROWS') => ({
  __typename: 'AgentImport' as const,
  id: '9',
  status,
  dryRun,
  onError,
  existing: 'SKIP',
  failure: null,
  totalRows: 2,
  processedRows: status === 'COMPLETED' && !dryRun ? 1 : 0,
  createdCount: 1,
  updatedCount: 0,
  unchangedCount: 0,
  skippedCount: 0,
  errorCount: 1,
  rows: {
    __typename: 'ImportRowConnection' as const,
    totalCount: status !== 'RUNNING' ? 2 : 0,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    edges:
      status !== 'RUNNING'
        ? [
            {
              __typename: 'ImportRowEdge' as const,
              node: { __typename: 'ImportRow' as const, row: 1, email: 'ann@x.com', action: 'CREATE' },
            },
            { __typename: 'ImportRowEdge' as const, node: { __typename: 'ImportRow' as const, row: 2, email: null, action: 'ERROR' } },
          ]
        : [],
  },
  errors:
    status !== 'RUNNING'
      ? [
          {
            __typename: 'ImportRowError' as const,
            row: 2,
            column: 'Email',
            code: 'INVALID_EMAIL',
            message: 'nope is not a valid email address',
          },
        ]
      : [],
});

// The API's failure for a refused file (onError ABORT with row errors).
const ABORT_FAILURE = '1 problem(s) in the file: nothing was imported (onError: ABORT)';

afterEach(() => vi.unstubAllGlobals());

describe('CsvImport', () => {
  it('uploads the file as a dry run, polls the job and shows the preview', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: '9', status: 'QUEUED' }), { status: 202 }));
    vi.stubGlobal('fetch', fetchMock);
    const mocks = [
      {
        request: { query: AGENT_IMPORT_QUERY, variables: { id: '9' } },
        result: { data: { agentImport: job('RUNNING', true) } },
        delay: 300,
      },
      { request: { query: AGENT_IMPORT_QUERY, variables: { id: '9' } }, result: { data: { agentImport: job('COMPLETED', true) } } },
    ];
    render(
      <MockedProvider mocks={mocks} cache={cache()}>
        <CsvImport />
      </MockedProvider>,
    );

    expect(screen.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('href', '/imports/agents/template.csv');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    const file = new File(['Email,Name,Permission Groups\nann@x.com,Ann,All Permissions\nnope,No,All Permissions\n'], 'agents.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('CSV file'), file);
    expect(screen.getByRole('group', { name: 'If a row has an error' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Import nothing' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Skip that row, import the others' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(fetchMock).toHaveBeenCalledWith('/imports/agents?dryRun=true&onError=SKIP_INVALID_ROWS&existing=SKIP', {
      method: 'POST',
      body: file,
      headers: { 'content-type': 'text/csv' },
      credentials: 'same-origin',
    });
    expect(await screen.findByRole('progressbar', { name: 'Checking the file' })).toBeInTheDocument();
    // Until the job first answers there is no count to show: no "0 rows read" flash.
    expect(screen.getByText('Reading the file…')).toBeInTheDocument();
    expect(screen.queryByText(/\b0 rows/)).toBeNull();
    expect(await screen.findByText('2 rows read')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'What each row would do' }, { timeout: 3000 });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('table', { name: 'Errors' })).toHaveTextContent('The email address is not valid');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
  });

  it('previews every row of a file that "Import nothing" refuses, beside the errors', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ id: '9', status: 'QUEUED' }), { status: 202 })),
    );
    const mocks = [
      {
        request: { query: AGENT_IMPORT_QUERY, variables: { id: '9' } },
        result: { data: { agentImport: { ...job('FAILED', true, 'ABORT'), failure: ABORT_FAILURE } } },
      },
    ];
    render(
      <MockedProvider mocks={mocks} cache={cache()}>
        <CsvImport />
      </MockedProvider>,
    );
    await user.upload(screen.getByLabelText('CSV file'), new File(['x'], 'a.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file cannot be imported');
    expect(alert).toHaveTextContent('1 problem in the file, and "Import nothing" is chosen: nothing would be imported.');
    expect(alert).not.toHaveTextContent('onError');
    const table = await screen.findByRole('table', { name: 'What each row would do' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('nope');
  });

  it('shows the API message when the upload is refused', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: 'Admins only', extensions: { code: 'FORBIDDEN' } }] }), { status: 403 }),
      ),
    );
    render(
      <MockedProvider mocks={[]} cache={cache()}>
        <CsvImport />
      </MockedProvider>,
    );
    await user.upload(screen.getByLabelText('CSV file'), new File(['x'], 'a.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Admins only');
  });
});
