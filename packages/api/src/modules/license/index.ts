export { LicenseResolver } from './license.resolver';
export { licenseUsage, reserveSeats } from './license.service';
export type { LicenseUsage } from './license.service';
