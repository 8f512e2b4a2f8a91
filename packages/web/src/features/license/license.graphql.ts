import { graphql } from '../../gql';

/** Seats and the pending invitations that hold some of them (used = agents + pending). */
export const SEAT_USAGE_QUERY = graphql(`
  query SeatUsage {
    license {
      seats
      used
      available
      edition
    }
    invitations(status: PENDING) {
      id
    }
  }
`);
