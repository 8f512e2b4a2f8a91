import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, ID, Info, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditEvent } from '../../common/audit-event.entity';
import { ADMIN } from '../../common/auth';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../common/request';
import { selects } from '../../common/selection';
import { AUDIT_COUNT_LIMIT, AUDIT_VALUE_CHARS, AuditChange, AuditFilter, auditLog } from './audit.query';

@InputType({ description: 'Every part optional; they narrow together.' })
export class AuditLogFilter implements AuditFilter {
  @Field(() => ID, { nullable: true, description: 'An agent: what they did, themselves, through their API tokens or their imports.' })
  actor?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'AGENT, TEAM, DEPARTMENT, PERMISSION_GROUP, INVITATION, API_TOKEN, SETTING, IMPORT, ...',
  })
  targetType?: string | null;
  @Field(() => ID, { nullable: true })
  targetId?: string | null;
  @Field(() => String, { nullable: true, description: 'An action (agent.updated), or a family ending in a dot (auth.).' })
  action?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this time on (inclusive).' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Up to this time (inclusive).' })
  to?: Date | null;
}

@ObjectType({
  description: `One changed field of an administrative change; values cut to ${AUDIT_VALUE_CHARS} characters (the record's change log has them whole).`,
})
export class AuditChangeEntry implements AuditChange {
  @Field() field: string;
  @Field(() => String, { nullable: true }) oldValue: string | null;
  @Field(() => String, { nullable: true }) newValue: string | null;
}

// The change-log rows of an administrative event (read back with the page, see audit.query.ts).
Field(() => [AuditChangeEntry], { description: 'What changed (administrative changes; empty for security events).' })(
  AuditEvent.prototype,
  'changes',
);

const AuditEventConnection = ConnectionType('AuditEvent', AuditEvent, {
  exactness: `false: more than ${AUDIT_COUNT_LIMIT} events match (totalCount is then ${AUDIT_COUNT_LIMIT}).`,
});

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(ADMIN, 'audit:read')
  @Query(() => AuditEventConnection, {
    description: 'The audit log, newest first (administrators; API tokens need audit:read). At most 100 a page.',
  })
  auditLog(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.read((sc) =>
      auditLog(sc, { filter, first, after, withTotal: selects(info, 'totalCount') || selects(info, 'totalCountIsExact') }),
    );
  }
}
