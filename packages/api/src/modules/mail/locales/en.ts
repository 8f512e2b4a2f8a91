// English messages of the emails Roster sends agents; every other language must have the same keys
// (de.ts is typed Messages<typeof en>). Values in {{braces}} are filled in; HTML keys (…Html) hold
// markup, and the values given to them are escaped first.
import { guide } from './guide.en';

export const en = {
  common: {
    hello: 'Hello {{name}},',
    helloNoName: 'Hello,',
    footer: 'Sent by Roster. If you did not expect this email, you can ignore it.',
    orPaste: 'Or paste this link into your browser:',
    signIn: 'Sign in',
    signInLine: 'Sign in: {{url}}',
    signInButton: 'Sign in to Roster',
    /** The emails' locale: their HTML lang, and dates in its words (formatExpiry adds UTC). */
    locale: 'en-GB',
    dateTimeJoin: ' at ',
  },
  welcome: {
    subject: 'Your Roster agent account is ready',
    created: 'An agent account has been created for you in Roster.',
    loginEmail: 'Login email',
    temporaryPassword: 'Temporary password',
    worksUntil: ' (works until {{date}})',
    setPassword: 'Choose your password with this link (it works once and expires on {{date}}): {{url}}',
    mustChange: 'You will be asked to choose a new password the first time you sign in.',
    keepPrivate: 'Keep this password private and delete this email once you have signed in.',
    guide:
      'The attached Quick Start Guide (PDF) walks you through signing in, the agent interface,\nyour Preferences, and how permissions, teams and departments work.',
    guideHtml:
      'The attached <strong>Quick Start Guide</strong> (PDF) walks you through signing in, the agent interface, your Preferences, and how permissions, teams and departments work.',
    choosePasswordButton: 'Choose your password',
    welcomeAboard: 'Welcome aboard!',
  },
  invitation: {
    subject: '{{inviter}} invited you to join Roster',
    intro: '{{inviter}} invited you to join their helpdesk in Roster.',
    asAdmin: 'You were invited as an administrator',
    asAgent: 'You were invited as an agent',
    teams_one: 'in team {{names}}',
    teams_other: 'in teams {{names}}',
    groups_one: 'with the permission group {{names}}',
    groups_other: 'with the permission groups {{names}}',
    accept: 'Accept the invitation and choose your password: {{url}}',
    acceptButton: 'Accept invitation',
    expires: 'This link works once and expires on {{date}}.',
    ifExpired: 'If it has expired, ask the person who invited you to send a new invitation.',
  },
  loginEmailChanged: {
    subject: 'Your Roster login email was changed',
    changedBySelf: 'The login email of your Roster account was changed from your account to {{masked}}. This address no longer signs in.',
    changedByAdmin:
      'The login email of your Roster account was changed by {{admin}}, an administrator, to {{masked}}. This address no longer signs in.',
    ifNotSelf:
      'If you did not make this change, someone else may be using your account: contact your Roster administrator now. They can change the login email back and make the account choose a new password.',
    ifNotAdmin: 'If you did not expect this change, contact your Roster administrator.',
  },
  passwordReset: {
    subject: 'Reset your Roster password',
    whyAdmin: '{{admin}}, an administrator, sent you a link to choose a new password for Roster.',
    whySelf: 'Someone (hopefully you) asked to reset the password of your Roster account.',
    choose: 'Choose a new password: {{url}}',
    chooseButton: 'Choose a new password',
    expiry: 'This link works once and expires on {{date}}. Choosing a new password signs you out everywhere else.',
    later: 'If it has expired, ask for a new one: {{url}}',
    laterHtml: 'If it has expired, <a href="{{url}}">ask for a new one</a>.',
    ignore: 'If you did not ask, ignore this email: your password stays as it is.',
  },
  secondFactorReset: {
    subject: 'Your Roster two-step sign-in was reset',
    what: '{{admin}}, an administrator, removed the two-step sign-in of your Roster account (authenticator app and recovery codes). You were signed out everywhere.',
    next: 'Sign in with your password, then set up two-step sign-in again under Preferences (or when Roster asks you to).',
    warn: 'If you did not ask for this, tell your administrator straight away.',
  },
  guide,
} as const;
