import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { customValuesOfUsers } from './custom-field.values';

/** The custom-field module's per-request loaders: the custom field values of users. */
export function customFieldLoaders(ds: DataSource) {
  return {
    customFieldsOfUser: new DataLoader(async (ids: readonly number[]) => {
      const byUser = await customValuesOfUsers(ds.manager, ids);
      return ids.map((id) => byUser.get(id) ?? []);
    }),
  };
}

declare module '../../common/request' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReturnType<typeof customFieldLoaders> {}
}
