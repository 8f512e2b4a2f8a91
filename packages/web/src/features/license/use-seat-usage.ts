import { useQuery } from '@apollo/client/react';
import { SEAT_USAGE_QUERY } from './license.graphql';
import type { SeatUsage } from './components/seat-meter';

/** The license with its pending invitations counted apart; refetch after inviting or revoking. */
export function useSeatUsage() {
  const query = useQuery(SEAT_USAGE_QUERY);
  const license = query.data?.license;
  const usage: SeatUsage | undefined = license && {
    seats: license.seats,
    used: license.used,
    // Light invitations hold no seat (they count against the light limit).
    pending: query.data?.invitations.filter((i) => i.agentType !== 'LIGHT').length ?? 0,
  };
  return { ...query, license, usage };
}
