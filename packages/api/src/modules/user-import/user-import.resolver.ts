import { Arg, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/request';
import { ImportErrorMode, ImportExistingMode, ImportJob } from '../import/import-job.entity';
import { ImportJobFields } from '../import/import.fields';
import { orDiscardFile, storeImportFile } from '../import/import.service';
import { createUserImport, findUserImport } from './user-import.service';
import { requireImportPermissions } from './user-import.kind';

/** A user CSV import job: an ImportJob row of kind USERS (one engine, one table). */
@ObjectType('UserImport', { implements: ImportJob, description: 'A CSV import of CRM users (docs/csv.md "User CSV").' })
export class UserImport extends ImportJob {}

@Resolver(() => UserImport)
export class UserImportResolver extends ImportJobFields(UserImport) {
  @Authorized('users:write')
  @Mutation(() => UserImport, {
    description:
      'Queues a CSV import of users (small files; larger ones go to POST /imports/users) and answers at once with the QUEUED job. Needs people.create (and people.edit with existing: UPDATE).',
  })
  async importUsersCsv(
    @Ctx() ctx: Context,
    @Arg('csv') csv: string,
    @Arg('dryRun') dryRun: boolean,
    @Arg('onError', () => ImportErrorMode, { nullable: true, defaultValue: ImportErrorMode.ABORT }) onError: ImportErrorMode,
    @Arg('existing', () => ImportExistingMode, { nullable: true, defaultValue: ImportExistingMode.SKIP }) existing: ImportExistingMode,
  ): Promise<UserImport> {
    // Refused before the file is stored.
    await ctx.read((sc) => requireImportPermissions(sc, existing));
    const file = await storeImportFile(ctx.config.importDir, csv);
    const job = await orDiscardFile(ctx.config.importDir, file, () =>
      ctx.tx((sc) => createUserImport(sc, { file, dryRun, onError, existing })),
    );
    ctx.imports.kick();
    return job;
  }

  @Authorized('users:write')
  @Query(() => UserImport, { nullable: true, description: 'null when no user import has this id (or another agent started it).' })
  userImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UserImport | null> {
    return ctx.read((sc) => findUserImport(sc, id));
  }
}
