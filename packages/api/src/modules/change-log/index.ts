export { ChangeLogResolver } from './change-log.resolver';
export { listChangeLog } from './change-log.service';
