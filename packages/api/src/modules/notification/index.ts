// The public surface of this module: the GraphQL schema imports it from here.
export { NotificationResolver } from './notification.resolver';
