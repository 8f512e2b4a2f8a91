import { Arg, ClassType, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import { messagesIn } from '../../common/error-language';
import type { Context } from '../../common/request';
import { ImportJob, ImportRowError, ImportRow } from './import-job.entity';
import { importErrors, importRows } from './import.service';

const ImportRowConnection = ConnectionType('ImportRow', ImportRow);

/**
 * The fields every import job type has beyond its columns (ImportJob, UserImport): its errors
 * and what each row does. Reached only through the kind's own guarded query or mutation.
 */
export function ImportJobFields<T extends ImportJob>(jobType: ClassType<T>) {
  @Resolver(() => jobType)
  abstract class JobFieldsResolver {
    @FieldResolver(() => [ImportRowError])
    async errors(
      @Root() job: ImportJob,
      @Ctx() ctx: Context,
      @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first?: number,
    ) {
      return messagesIn(await ctx.read((sc) => importErrors(sc, { importId: job.id, first })), ctx.actor);
    }

    @FieldResolver(() => ImportRowConnection, { description: 'What each row does (a dry run: would do), in row order.' })
    rows(
      @Root() job: ImportJob,
      @Ctx() ctx: Context,
      @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
      @Arg('after', () => String, { nullable: true }) after?: string,
    ) {
      return ctx.read((sc) => importRows(sc, { importId: job.id, first, after }));
    }
  }
  return JobFieldsResolver;
}
