import { graphql } from '../../gql';

export const OUTBOX_FIELDS = graphql(`
  fragment OutboxFields on OutboxMessage {
    id
    toAddress
    subject
    status
    attempts
    lastError
    createdAt
    nextAttemptAt
    sentAt
  }
`);

export const OUTBOX_QUERY = graphql(`
  query Outbox($status: OutboxStatus) {
    outbox(first: 100, status: $status) {
      ...OutboxFields
    }
  }
`);

export const RETRY_OUTBOX_MESSAGE_MUTATION = graphql(`
  mutation RetryOutboxMessage($id: ID!) {
    retryOutboxMessage(id: $id) {
      ...OutboxFields
    }
  }
`);
