import { useQuery } from '@apollo/client/react';
import { USER_CUSTOM_FIELDS_QUERY } from '../../custom-fields/custom-fields.graphql';
import type { UpdateUserInput } from '../../../gql/graphql';
import type { PropertiesValues } from './properties-draft';
import { UserProperties } from './user-properties';

interface Props {
  user: PropertiesValues & { localTime?: string | null };
  canEdit: boolean;
  onSave: (input: UpdateUserInput) => Promise<void>;
}

/** The record's Properties with the admin's custom field definitions (read once, then from the cache). */
export function RecordProperties(props: Props) {
  const { data } = useQuery(USER_CUSTOM_FIELDS_QUERY);
  return <UserProperties {...props} fields={data?.userCustomFields ?? []} />;
}
