import { graphql } from '../../gql';

/** Seats and the pending invitations that hold some of them (used = full agents + their pending invitations); light agents apart. */
export const SEAT_USAGE_QUERY = graphql(`
  query SeatUsage {
    license {
      seats
      used
      available
      edition
      lightSeats
      lightUsed
      lightAvailable
    }
    invitations(status: PENDING) {
      id
      agentType
    }
  }
`);
