import { graphql } from '../../gql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
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

export const AUDIT_ACTOR_OPTIONS_QUERY = graphql(`
  query AuditActorOptions($search: String, $first: Int) {
    agents(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);
