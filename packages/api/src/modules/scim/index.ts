// The public surface of this module (SCIM 2.0 provisioning): the REST edge (src/http/scim.ts) uses it.
export { resourceTypes, schemas, serviceProviderConfig } from './scim.discovery';
export { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from './scim.groups';
export { SCIM, scimError } from './scim.resource';
export { createUser, credentialsFor, deleteUser, getUser, listUsers, patchUser, replaceUser } from './scim.users';
