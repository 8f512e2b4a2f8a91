import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { SESSION } from '../../common/auth';
import type { Context } from '../../common/request';
import { AuthPayload } from './auth.resolver';
import { listPasskeys, startPasskeyRegistration, startPasskeySecondStep } from './passkey.service';
import type { Passkey as PasskeyRow } from './second-factor.entity';
import * as flows from './second-factor.flows';
import * as signIn from './passkey-sign-in.flows';

@ObjectType({ description: 'One of your passkeys (a second factor).' })
export class Passkey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
}

@ObjectType()
export class PasskeyRegistration {
  @Field(() => Passkey) passkey: Passkey;
  @Field(() => [String], { nullable: true, description: 'Recovery codes, shown once: only when this passkey is your first second factor.' })
  recoveryCodes: string[] | null;
}

@ObjectType({ description: 'The start of a password-less sign-in with a passkey.' })
export class PasskeySignInRequest {
  @Field({ description: 'Send back with finishPasskeySignIn: names this request (valid 5 minutes, once).' }) requestId: string;
  @Field({ description: 'Options (JSON) for navigator.credentials.get, with no allowCredentials: the browser offers its passkeys.' })
  options: string;
}

const toPasskey = (p: PasskeyRow): Passkey => ({ id: String(p.id), name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt });

// Passkeys are the signed-in agent's own (SESSION: never through API tokens). Options and
// responses travel as the JSON that @simplewebauthn/browser reads and writes.
@Resolver()
export class PasskeyResolver {
  @Authorized(SESSION)
  @Query(() => [Passkey], { description: 'Your passkeys (at most 10).' })
  async myPasskeys(@Ctx() ctx: Context): Promise<Passkey[]> {
    return (await ctx.read(listPasskeys)).map(toPasskey);
  }

  @Authorized(SESSION)
  @Mutation(() => String, { description: 'Options (JSON) for navigator.credentials.create; then finishPasskeyRegistration.' })
  startPasskeyRegistration(@Ctx() ctx: Context): Promise<string> {
    return ctx.tx((sc) => startPasskeyRegistration(sc, { sessionToken: ctx.sessionToken! }));
  }

  @Authorized(SESSION)
  @Mutation(() => PasskeyRegistration, {
    description: "Saves the browser's new passkey (its registration response, JSON) under a name; ends your other sessions.",
  })
  async finishPasskeyRegistration(
    @Ctx() ctx: Context,
    @Arg('name') name: string,
    @Arg('response') response: string,
  ): Promise<PasskeyRegistration> {
    const { passkey, recoveryCodes } = await flows.finishPasskeyRegistration(ctx, name, response);
    return { passkey: toPasskey(passkey), recoveryCodes };
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean, { description: 'Removes one of your passkeys; ends your other sessions.' })
  removePasskey(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return flows.removePasskey(ctx, id);
  }

  @Authorized(SESSION)
  @Mutation(() => String, { description: 'At the second step: options (JSON) for navigator.credentials.get; then verifyPasskey.' })
  startPasskeySecondStep(@Ctx() ctx: Context): Promise<string> {
    return ctx.tx((sc) => startPasskeySecondStep(sc, { sessionToken: ctx.sessionToken! }));
  }

  @Authorized(SESSION)
  @Mutation(() => AuthPayload, {
    description: "Completes the second step with the browser's passkey assertion (JSON). Limited like codes.",
  })
  verifyPasskey(@Ctx() ctx: Context, @Arg('response') response: string): Promise<AuthPayload> {
    return flows.verifyPasskey(ctx, response);
  }

  @Mutation(() => PasskeySignInRequest, {
    description: 'Public: begins a password-less sign-in with a passkey; then finishPasskeySignIn. Limited per IP.',
  })
  startPasskeySignIn(@Ctx() ctx: Context): Promise<PasskeySignInRequest> {
    return signIn.startPasskeySignIn(ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Public: signs in with the browser's passkey assertion (JSON) to startPasskeySignIn's options. The passkey needs user verification and counts as both factors (no second step). Limited like passwords.",
  })
  finishPasskeySignIn(@Ctx() ctx: Context, @Arg('requestId') requestId: string, @Arg('response') response: string): Promise<AuthPayload> {
    return signIn.finishPasskeySignIn(ctx, requestId, response);
  }
}
