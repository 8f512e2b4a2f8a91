import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { ADMIN, SESSION } from '../../common/auth';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { AuthPayload } from './auth.resolver';
import * as flows from './second-factor.flows';
import { SecondFactorMethod, startTotpEnrolment, twoStepStatus } from './second-factor.service';

registerEnumType(SecondFactorMethod, { name: 'SecondFactorMethod', description: 'A way to complete the second step of a sign-in.' });

@ObjectType({
  description: 'The start of TOTP enrolment: add the secret to an authenticator app, then confirmTotpEnrolment with its first code.',
})
export class TotpEnrolment {
  @Field({ description: 'The base32 secret, for typing into the app by hand. Shown now only: it is stored encrypted.' }) secret: string;
  @Field({ description: 'otpauth://totp/... URI (what the QR code holds).' }) otpauthUri: string;
  @Field({ description: 'The QR code as an SVG data URL (made by the server: the secret goes to no third party).' }) qrCodeDataUrl: string;
}

@ObjectType({ description: 'Single-use recovery codes: shown once, stored hashed.' })
export class RecoveryCodes {
  @Field(() => [String]) codes: string[];
}

@ObjectType({ description: "The signed-in agent's two-step sign-in." })
export class TwoStepSignInStatus {
  @Field() enabled: boolean;
  @Field(() => [SecondFactorMethod]) methods: SecondFactorMethod[];
  @Field(() => Date, { nullable: true }) enabledAt: Date | null;
  @Field(() => Int, { description: 'Unused recovery codes.' }) recoveryCodesLeft: number;
  @Field({ description: 'An administrator requires two-step sign-in for this agent (it cannot be turned off).' }) required: boolean;
}

// Two-step sign-in belongs to the signed-in agent (SESSION: never through API tokens); an
// administrator's only part is the reset of another agent's.
@Resolver(() => Agent)
export class SecondFactorResolver {
  @Authorized(SESSION)
  @Query(() => TwoStepSignInStatus)
  myTwoStepSignIn(@Ctx() ctx: Context): Promise<TwoStepSignInStatus> {
    return ctx.read(twoStepStatus);
  }

  @Authorized(SESSION)
  @Mutation(() => AuthPayload, {
    description:
      'Completes a sign-in that needs a second step (AuthPayload.secondFactorRequired) with a current code of the authenticator app or an unused recovery code. Attempts are limited like passwords.',
  })
  verifySecondFactor(@Ctx() ctx: Context, @Arg('code') code: string): Promise<AuthPayload> {
    return flows.verifySecondFactor(ctx, code);
  }

  @Authorized(SESSION)
  @Mutation(() => TotpEnrolment, {
    description: 'Begins (or begins again) setting up an authenticator app; nothing changes until confirmTotpEnrolment.',
  })
  startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolment> {
    return ctx.tx(startTotpEnrolment);
  }

  @Authorized(SESSION)
  @Mutation(() => RecoveryCodes, {
    description:
      'Turns two-step sign-in on with a first code from the app; returns 10 recovery codes (shown once) and ends your other sessions.',
  })
  async confirmTotpEnrolment(@Ctx() ctx: Context, @Arg('code') code: string): Promise<RecoveryCodes> {
    return { codes: await flows.confirmTotpEnrolment(ctx, code) };
  }

  @Authorized(SESSION)
  @Mutation(() => RecoveryCodes, {
    description:
      'New recovery codes after a current code of the app or your password (the way for passkeys only); the old ones stop working. Wrong ones count like sign-in attempts.',
  })
  async regenerateRecoveryCodes(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('password', () => String, { nullable: true }) password: string | null,
  ): Promise<RecoveryCodes> {
    return { codes: await flows.regenerateRecoveryCodes(ctx, { code, password }) };
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean, {
    description: 'Turns your two-step sign-in off, with a current code (or a recovery code) or your password; ends your other sessions.',
  })
  disableTwoStepSignIn(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('password', () => String, { nullable: true }) password: string | null,
  ): Promise<boolean> {
    return flows.disableTwoStep(ctx, { code, password });
  }

  @Authorized(ADMIN)
  @Mutation(() => Agent, {
    description:
      "Administrators: removes another agent's two-step sign-in (authenticator app and recovery codes), signs them out everywhere and emails them.",
  })
  resetSecondFactor(@Ctx() ctx: Context, @Arg('agentId', () => ID) agentId: string): Promise<Agent> {
    return flows.resetSecondFactor(ctx, agentId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the agent has two-step sign-in: administrators and the agent see it, others get null.',
  })
  async twoStepSignIn(@Root() agent: Agent, @Ctx() ctx: Context): Promise<boolean | null> {
    const viewer = ctx.actor?.agent;
    if (!viewer || !(viewer.isAdmin || viewer.id === agent.id)) return null;
    return ctx.loaders.agentHasSecondFactor.load(agent.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True for the signed-in agent while this session may only enrol: two-step sign-in is required for them and they have none (like mustChangePassword). False otherwise.',
  })
  mustEnrolSecondFactor(@Root() agent: Agent, @Ctx() ctx: Context): boolean {
    return ctx.actor?.agent?.id === agent.id && ctx.actor.stage === 'ENROLMENT';
  }
}
