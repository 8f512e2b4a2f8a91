import type { DataSource } from 'typeorm';
import type { Loaders } from '../common/request';
import { agentLoaders } from '../modules/agent';
import { agentAvatarLoaders } from '../modules/agent-avatar';
import { secondFactorLoaders } from '../modules/auth';
import { customFieldLoaders } from '../modules/custom-field';
import { departmentLoaders } from '../modules/department';
import { businessUnitLoaders } from '../modules/business-unit';
import { organizationLoaders } from '../modules/organization';
import { permissionLoaders } from '../modules/permission';
import { teamLoaders } from '../modules/team';
import { userLoaders } from '../modules/user';
import { userFileLoaders } from '../modules/user-file';
import { usergroupLoaders } from '../modules/usergroup';

export type { Loaders };

const FACTORIES = [
  agentLoaders,
  agentAvatarLoaders,
  permissionLoaders,
  departmentLoaders,
  businessUnitLoaders,
  teamLoaders,
  organizationLoaders,
  userLoaders,
  userFileLoaders,
  usergroupLoaders,
  customFieldLoaders,
  secondFactorLoaders,
] as const;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** What the factories build together; a module's loaders left out of FACTORIES fail this typecheck. */
type Composed = Intersection<ReturnType<(typeof FACTORIES)[number]>>;
const covers = (c: Composed): Loaders => c;
void covers;

/** Per data source: a class whose getters build a module's loaders on the first use of any of them. */
const classes = new WeakMap<DataSource, new () => Loaders>();

function loadersClass(ds: DataSource): new () => Loaders {
  let Lazy = classes.get(ds);
  if (Lazy) return Lazy;
  class RequestLoaders {
    readonly built: (object | undefined)[] = FACTORIES.map(() => undefined);
  }
  const names = new Set<string>();
  FACTORIES.forEach((factory, i) => {
    for (const name of Object.keys((factory as (ds: DataSource) => object)(ds))) {
      if (names.has(name)) throw new Error(`two modules declare the loader ${name}`);
      names.add(name);
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          return ((this.built[i] ??= (factory as (ds: DataSource) => object)(ds)) as Record<string, unknown>)[name];
        },
      });
    }
  });
  Lazy = RequestLoaders as unknown as new () => Loaders;
  classes.set(ds, Lazy);
  return Lazy;
}

/**
 * The request's DataLoaders: every module's own (`<module>.loaders.ts`, exported from its
 * index.ts), composed here. Typed as `Loaders`, which the modules declare, so a module's loaders
 * left out of FACTORIES fail the typecheck (`covers`). A
 * module's loaders are built on the first use of one of them in the request: a page that loads
 * two relations builds two modules' loaders, not all thirty.
 */
export function createLoaders(ds: DataSource): Loaders {
  return new (loadersClass(ds))();
}
