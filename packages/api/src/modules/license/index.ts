// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { LicenseResolver } from './license.resolver';
export { reserveSeats } from './license.service';
