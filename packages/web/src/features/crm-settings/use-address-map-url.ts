import { useQuery } from '@apollo/client/react';
import { ADDRESS_MAP_URL_QUERY } from './crm-settings.graphql';

/** The administrators' map link pattern of addresses; undefined until loaded (the default applies meanwhile). */
export function useAddressMapUrl(): string | undefined {
  const { data } = useQuery(ADDRESS_MAP_URL_QUERY);
  return data?.crmSettings.addressMapUrl;
}
