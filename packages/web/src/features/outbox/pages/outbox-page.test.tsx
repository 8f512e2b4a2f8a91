import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { OUTBOX_QUERY, RETRY_OUTBOX_MESSAGE_MUTATION } from '../outbox.graphql';
import { OutboxPage } from './outbox-page';

const failed = {
  __typename: 'OutboxMessage' as const,
  id: '41',
  toAddress: 'ivy@example.com',
  subject: 'Administrator invited you to join Roster',
  status: 'FAILED' as const,
  attempts: 8,
  lastError: '550 mailbox unavailable',
  createdAt: '2026-11-28T10:00:00.000Z',
  nextAttemptAt: '2026-11-28T11:00:00.000Z',
  sentAt: null,
};

const outbox = (messages: (typeof failed)[]) => ({
  request: { query: OUTBOX_QUERY, variables: { status: 'FAILED' } },
  result: { data: { outbox: messages } },
});

describe('OutboxPage', () => {
  it('lists failed mail with its last error and sends it again after confirmation', async () => {
    let retried = false;
    renderRoutes([{ path: '/outbox', element: <OutboxPage /> }], '/outbox', [
      outbox([failed]),
      {
        request: { query: RETRY_OUTBOX_MESSAGE_MUTATION, variables: { id: '41' } },
        result: () => {
          retried = true;
          return { data: { retryOutboxMessage: { ...failed, status: 'PENDING' as const, attempts: 0 } } };
        },
      },
      outbox([]),
    ]);
    const row = (await screen.findByText('ivy@example.com')).closest('tr')!;
    expect(within(row).getByText('550 mailbox unavailable')).toBeInTheDocument();
    expect(within(row).getByText('8')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Retry email to ivy@example.com' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/No failed email/)).toBeInTheDocument();
    expect(retried).toBe(true);
  });
});
