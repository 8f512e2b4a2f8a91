import type { CustomFieldValueFields } from '../custom-field/custom-field.values';
import type { ContactFields } from './user.validation';

// Plain shapes of user input, so that services are callable from anything (GraphQL, an import,
// a test): the GraphQL input classes implement them. `null` clears an optional field.

export interface UserFilterFields {
  search?: string | null;
  organizationId?: string | number | null;
  usergroupId?: string | number | null;
}

export interface UserFields extends ContactFields {
  name?: string | null;
  organizationId?: string | number | null;
  usergroupIds?: (string | number)[] | null;
  isAutoResponder?: boolean | null;
  /** Custom field values to set (others stay); a null value clears one. */
  customFields?: (CustomFieldValueFields | null)[] | null;
}

export interface CreateUserFields extends UserFields {
  name: string;
  emails: (string | null)[];
}

export type UpdateUserFields = UserFields;
