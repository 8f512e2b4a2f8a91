import { graphql } from '../gql';
import { AuditEvent } from '../../src/modules/audit';
import type { TestApp } from './test-app';

export const AUDIT_LOG = graphql(`
  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          action
          actorKind
          actorName
          ip
          userAgent
          targetType
          targetId
          targetLabel
          outcome
          details
          changes {
            field
            oldValue
            newValue
          }
        }
      }
    }
  }
`);

/** Every stored event (newest last), straight from the table. */
export const allEvents = (t: TestApp) => t.roster.ds.getRepository(AuditEvent).find({ order: { id: 'ASC' } });

/** Stored events of one action. */
export const eventsOf = async (t: TestApp, action: string) => (await allEvents(t)).filter((e) => e.action === action);
