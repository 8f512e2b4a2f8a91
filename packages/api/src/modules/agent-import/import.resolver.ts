import { Arg, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { AuthPayload } from '../auth/auth.resolver';
import { ImportErrorMode, ImportExistingMode, ImportJob } from '../import/import-job.entity';
import { ImportJobFields } from '../import/import.fields';
import { orDiscardFile, storeImportFile } from '../import/import.service';
import { createAgentImport, getAgentImport } from './agent-import.service';
import { setPasswordWithTokenAndSignIn } from '../auth/password.flows';

/** An agent CSV import job: an ImportJob row of kind AGENTS (one engine, one table). */
@ObjectType('AgentImport', { implements: ImportJob })
export class AgentImport extends ImportJob {}

@Resolver(() => AgentImport)
export class AgentImportResolver extends ImportJobFields(AgentImport) {
  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => AgentImport, {
    description:
      'Queues a CSV import of agents (small files; larger ones go to POST /imports/agents) and answers at once with the QUEUED job.',
  })
  async importAgentsCsv(
    @Ctx() ctx: Context,
    @Arg('csv') csv: string,
    @Arg('dryRun') dryRun: boolean,
    @Arg('onError', () => ImportErrorMode, { nullable: true, defaultValue: ImportErrorMode.ABORT }) onError: ImportErrorMode,
    @Arg('existing', () => ImportExistingMode, { nullable: true, defaultValue: ImportExistingMode.SKIP }) existing: ImportExistingMode,
  ): Promise<AgentImport> {
    const file = await storeImportFile(ctx.config.importDir, csv);
    const job = await orDiscardFile(ctx.config.importDir, file, () =>
      ctx.tx((sc) => createAgentImport(sc, { file, dryRun, onError, existing })),
    );
    ctx.imports.kick();
    return job;
  }

  @Authorized(ADMIN, 'agents:write')
  @Query(() => AgentImport, { nullable: true, description: 'null when no import has this id.' })
  agentImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AgentImport | null> {
    return ctx.read((sc) => getAgentImport(sc, { id }));
  }

  @Mutation(() => AuthPayload, {
    description: 'An imported agent chooses a password with the single-use link from the welcome email, and is signed in.',
  })
  setPasswordWithToken(@Ctx() ctx: Context, @Arg('token') token: string, @Arg('password') password: string): Promise<AuthPayload> {
    return setPasswordWithTokenAndSignIn(ctx, token, password);
  }
}
