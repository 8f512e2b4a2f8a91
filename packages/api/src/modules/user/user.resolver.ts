import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { childPage } from '../../common/child-pages';
import { DEFAULT_NOTES, NoteConnection, USER_NOTES } from './note-pages';
import { ConnectionType, MAX_PAGE_SIZE } from '../../common/pagination';
import type { Context } from '../../common/request';
import { columnsFor, documentSelects, entityColumnNames, selectedAt, selects } from '../../common/selection';
import { Organization } from '../organization/organization.entity';
import { Usergroup } from '../usergroup/usergroup.entity';
import { Note, User, UserEmail } from './user.entity';
import { UserMerge } from './user-merge.entity';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { addUserEmail, removeUserEmail, setPrimaryUserEmail } from './user.emails';
import { ActivityItem, userActivity } from './user.activity';
import { DuplicateCandidate, userDuplicates } from './user.duplicates';
import { mergeUsers, undoUserMerge } from './user.merge';
import { listUsers } from './user.query';
import { preloadUserPage } from './user.preload';
import { preloadedValue } from '../../common/page-preload';
import { addUserNote, createUser, deleteUser, findUser, updateUser } from './user.service';
import { localTimeIn } from './user.validation';

const UserConnection = ConnectionType('User', User, {
  exactness:
    'false: totalCount is a lower bound, a search may match more users: its count stops at 1,000 matches (totalCount is then 1000) ' +
    'and after a bounded number of candidates (totalCount is then the matches found among them).',
});
const ActivityConnection = ConnectionType('Activity', ActivityItem);

/** Field resolvers of the list's rows and the columns of the row they read (others: every column). */
const LIST_FIELD_COLUMNS: Record<string, string[]> = {
  __typename: [],
  primaryEmail: ['primaryEmail'],
  emails: [],
  usergroups: [],
  organization: ['organizationId'],
  localTime: ['timezone'],
};

@ObjectType({ description: 'A user who may be the same person (a merge candidate).' })
class UserDuplicate implements DuplicateCandidate {
  @Field(() => User) user: User;
  @Field(() => [String], { description: 'SAME_PHONE, SAME_EMAIL_DOMAIN_SIMILAR_NAME.' }) reasons: string[];
}

// Every operation names its token scope here (users:read / users:write); the People permissions
// of the catalogue are checked in the services, on the acting agent or the token's creator.
// The fields below are reached only through these operations.
@Resolver(() => User)
export class UserResolver {
  @Authorized('users:read')
  @Query(() => UserConnection, {
    description:
      'By name, then id; merged-away users are hidden. Needs people.view. A search (filter.search) lists the users whose name ' +
      'starts with it first (by name), then the other users each of whose search words starts a word of their name or ' +
      'addresses (by that word, then id); a whole valid address finds its user. A cursor continues only the list and search it came from.',
  })
  async users(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const withTotal = selects(info, 'totalCount') || selects(info, 'totalCountIsExact');
    const columns = columnsFor(selectedAt(info, ['edges', 'node']), LIST_FIELD_COLUMNS, entityColumnNames(ctx.ds, User));
    const page = await ctx.read((sc) => listUsers(sc, { filter, first, after, withTotal, columns }));
    await preloadUserPage(
      ctx.ds,
      page.edges.map((e) => e.node),
      info,
    );
    return page;
  }

  @Authorized('users:read')
  @Query(() => User, { nullable: true, description: 'null when absent (or merged into another user).' })
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User | null> {
    return ctx.read((sc) => findUser(sc, id));
  }

  @Authorized('users:read')
  @Query(() => [UserDuplicate], { description: 'Merge candidates: the same phone, or the same email domain and a similar name.' })
  userDuplicates(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ): Promise<DuplicateCandidate[]> {
    return ctx.read((sc) => userDuplicates(sc, { userId, first }));
  }

  @Authorized('users:read')
  @Query(() => ActivityConnection, {
    description: "A user's changes, notes, merges and files, newest first. totalCount is -1 (not counted).",
  })
  userActivity(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.read((sc) => userActivity(sc, { userId, first, after }));
  }

  @FieldResolver(() => [UserEmail], { description: 'The primary address first.' })
  emails(@Root() user: User, @Ctx() ctx: Context): Promise<UserEmail[]> {
    return ctx.loaders.emailsOfUser.load(user.id);
  }

  @FieldResolver(() => String, { description: 'Where notifications go.' })
  primaryEmail(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): string | Promise<string> {
    // A document that also reads the addresses shares their statement; else the row's copy
    // (crm_user.primary_email, read with the list's page), what the page loaded for rows without
    // one (user.preload.ts), or only the addresses' text.
    if (!documentSelects(info, 'emails')) {
      if (typeof user.primaryEmail === 'string') return user.primaryEmail;
      const preloaded = preloadedValue(user, 'primaryEmail') as string | undefined;
      return preloaded !== undefined ? preloaded : ctx.loaders.primaryEmailOfUser.load(user.id);
    }
    return ctx.loaders.emailsOfUser.load(user.id).then((emails) => (emails.find((e) => e.isPrimary) ?? emails[0])?.address ?? '');
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() user: User, @Ctx() ctx: Context): Organization | null | Promise<Organization | null> {
    const preloaded = preloadedValue(user, 'organization') as Organization | null | undefined;
    if (preloaded !== undefined) return preloaded;
    return user.organizationId ? ctx.loaders.organizationsById.load(user.organizationId).then((o) => o ?? null) : null;
  }

  @FieldResolver(() => [Usergroup])
  usergroups(@Root() user: User, @Ctx() ctx: Context): Promise<Usergroup[]> {
    return ctx.loaders.usergroupsOfUser.load(user.id);
  }

  @FieldResolver(() => [Note], {
    description: `The newest \`first\` notes (at most ${MAX_PAGE_SIZE}), newest first; noteConnection pages through all.`,
  })
  notes(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_NOTES }) first?: number,
  ): Promise<Note[]> {
    return ctx.loaders.notesOfUser(first).load(user.id);
  }

  @FieldResolver(() => NoteConnection, {
    description: 'Every note, newest first, in keyset pages. totalCount is counted only when selected.',
  })
  noteConnection(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_NOTES }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.read((sc) => childPage(sc.em, USER_NOTES, user.id, { first, after, withTotal: selects(info, 'totalCount') }));
  }

  @FieldResolver(() => [UserMerge], {
    description: `The newest \`first\` merges into this user (at most ${MAX_PAGE_SIZE}), newest first (undoUserMerge within undoUntil).`,
  })
  merges(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
  ): Promise<UserMerge[]> {
    return ctx.loaders.mergesIntoUser(first).load(user.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The user's current local time (ISO 8601 with offset); null without a timezone.",
  })
  localTime(@Root() user: User, @Ctx() ctx: Context): string | null {
    return localTimeIn(user.timezone, ctx.services.clock());
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'The first email is primary. Needs people.create.' })
  createUser(@Ctx() ctx: Context, @Arg('input') input: CreateUserInput): Promise<User> {
    return ctx.tx((sc) => createUser(sc, { input }));
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'Needs people.edit.' })
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput): Promise<User> {
    return ctx.tx((sc) => updateUser(sc, { id, input }));
  }

  @Authorized('users:write')
  @Mutation(() => Boolean, { description: 'Deletes the user with emails, notes and memberships. Needs people.delete (destructive).' })
  async deleteUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    const { storageKeys } = await ctx.tx((sc) => deleteUser(sc, { id }));
    // After the commit: a rolled-back delete keeps its files.
    for (const key of storageKeys) await ctx.files.delete(key);
    return true;
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'CONFLICT naming the other user (extensions.existingUserId) when another user has it.' })
  addUserEmail(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string, @Arg('email') email: string): Promise<User> {
    return ctx.tx((sc) => addUserEmail(sc, { userId, email }));
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'The last address cannot be removed; removing the primary makes the oldest other one primary.' })
  removeUserEmail(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string, @Arg('email') email: string): Promise<User> {
    return ctx.tx((sc) => removeUserEmail(sc, { userId, email }));
  }

  @Authorized('users:write')
  @Mutation(() => User)
  setPrimaryUserEmail(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string, @Arg('email') email: string): Promise<User> {
    return ctx.tx((sc) => setPrimaryUserEmail(sc, { userId, email }));
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'Needs people.add_notes.' })
  addUserNote(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string, @Arg('text') text: string): Promise<User> {
    return ctx.tx((sc) => addUserNote(sc, { userId, text }));
  }

  @Authorized('users:write')
  @Mutation(() => User, {
    description: 'Moves the source into the target (emails, notes, files, usergroups, history); undoable for 7 days. Needs people.merge.',
  })
  mergeUsers(
    @Ctx() ctx: Context,
    @Arg('targetUserId', () => ID) targetUserId: string,
    @Arg('sourceUserId', () => ID) sourceUserId: string,
  ): Promise<User> {
    return ctx.tx((sc) => mergeUsers(sc, { targetUserId, sourceUserId }));
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'Moves back what a merge moved; returns the source user. Needs people.merge.' })
  undoUserMerge(@Ctx() ctx: Context, @Arg('mergeId', () => ID) mergeId: string): Promise<User> {
    return ctx.tx((sc) => undoUserMerge(sc, { mergeId }));
  }
}
