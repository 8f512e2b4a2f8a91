import type { Messages } from '@roster/shared';
import { guide } from './guide.de';
import type { en } from './en';

// German messages of the emails Roster sends agents (Sie-Form, Begriffe wie in der deutschen Oberfläche).

export const de: Messages<typeof en> = {
  common: {
    hello: 'Hallo {{name}},',
    helloNoName: 'Hallo,',
    footer: 'Gesendet von Roster. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.',
    orPaste: 'Oder fügen Sie diesen Link in Ihren Browser ein:',
    signIn: 'Anmelden',
    signInLine: 'Anmelden: {{url}}',
    signInButton: 'Bei Roster anmelden',
    locale: 'de-DE',
    dateTimeJoin: ' um ',
  },
  welcome: {
    subject: 'Ihr Agentenkonto in Roster ist bereit',
    created: 'Für Sie wurde ein Agentenkonto in Roster angelegt.',
    loginEmail: 'Anmelde-E-Mail',
    temporaryPassword: 'Temporäres Passwort',
    worksUntil: ' (gültig bis {{date}})',
    setPassword: 'Wählen Sie Ihr Passwort über diesen Link (er funktioniert einmal und läuft am {{date}} ab): {{url}}',
    mustChange: 'Bei Ihrer ersten Anmeldung werden Sie gebeten, ein neues Passwort zu wählen.',
    keepPrivate: 'Halten Sie dieses Passwort geheim und löschen Sie diese E-Mail, sobald Sie sich angemeldet haben.',
    guide:
      'Die angehängte Kurzanleitung (PDF) erklärt die Anmeldung, die Agentenoberfläche,\nIhre Einstellungen und wie Berechtigungen, Teams und Abteilungen funktionieren.',
    guideHtml:
      'Die angehängte <strong>Kurzanleitung</strong> (PDF) erklärt die Anmeldung, die Agentenoberfläche, Ihre Einstellungen und wie Berechtigungen, Teams und Abteilungen funktionieren.',
    choosePasswordButton: 'Passwort wählen',
    welcomeAboard: 'Willkommen an Bord!',
  },
  invitation: {
    subject: '{{inviter}} hat Sie zu Roster eingeladen',
    intro: '{{inviter}} hat Sie eingeladen, dem Helpdesk in Roster beizutreten.',
    asAdmin: 'Sie wurden als Administrator eingeladen',
    asAgent: 'Sie wurden als Agent eingeladen',
    teams_one: 'im Team {{names}}',
    teams_other: 'in den Teams {{names}}',
    groups_one: 'mit der Berechtigungsgruppe {{names}}',
    groups_other: 'mit den Berechtigungsgruppen {{names}}',
    accept: 'Nehmen Sie die Einladung an und wählen Sie Ihr Passwort: {{url}}',
    acceptButton: 'Einladung annehmen',
    expires: 'Dieser Link funktioniert einmal und läuft am {{date}} ab.',
    ifExpired: 'Ist er abgelaufen, bitten Sie die Person, die Sie eingeladen hat, eine neue Einladung zu senden.',
  },
  loginEmailChanged: {
    subject: 'Ihre Anmelde-E-Mail für Roster wurde geändert',
    changedBySelf:
      'Die Anmelde-E-Mail Ihres Roster-Kontos wurde über Ihr Konto in {{masked}} geändert. Mit dieser Adresse können Sie sich nicht mehr anmelden.',
    changedByAdmin:
      'Die Anmelde-E-Mail Ihres Roster-Kontos wurde von {{admin}}, einem Administrator, in {{masked}} geändert. Mit dieser Adresse können Sie sich nicht mehr anmelden.',
    ifNotSelf:
      'Wenn Sie diese Änderung nicht vorgenommen haben, verwendet möglicherweise jemand anderes Ihr Konto: Wenden Sie sich sofort an Ihren Roster-Administrator. Er kann die Anmelde-E-Mail zurücksetzen und für das Konto ein neues Passwort verlangen.',
    ifNotAdmin: 'Wenn Sie diese Änderung nicht erwartet haben, wenden Sie sich an Ihren Roster-Administrator.',
  },
  passwordReset: {
    subject: 'Setzen Sie Ihr Roster-Passwort zurück',
    whyAdmin: '{{admin}}, ein Administrator, hat Ihnen einen Link gesendet, mit dem Sie ein neues Passwort für Roster wählen können.',
    whySelf: 'Jemand (hoffentlich Sie) hat angefordert, das Passwort Ihres Roster-Kontos zurückzusetzen.',
    choose: 'Neues Passwort wählen: {{url}}',
    chooseButton: 'Neues Passwort wählen',
    expiry:
      'Dieser Link funktioniert einmal und läuft am {{date}} ab. Wenn Sie ein neues Passwort wählen, werden Sie überall sonst abgemeldet.',
    later: 'Ist er abgelaufen, fordern Sie einen neuen an: {{url}}',
    laterHtml: 'Ist er abgelaufen, <a href="{{url}}">fordern Sie einen neuen an</a>.',
    ignore: 'Wenn Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
  },
  secondFactorReset: {
    subject: 'Ihre Anmeldung in zwei Schritten bei Roster wurde zurückgesetzt',
    what: '{{admin}}, ein Administrator, hat die Anmeldung in zwei Schritten Ihres Roster-Kontos entfernt (Authenticator-App und Wiederherstellungscodes). Sie wurden überall abgemeldet.',
    next: 'Melden Sie sich mit Ihrem Passwort an und richten Sie die Anmeldung in zwei Schritten dann unter Einstellungen erneut ein (oder wenn Roster Sie dazu auffordert).',
    warn: 'Wenn Sie dies nicht veranlasst haben, informieren Sie sofort Ihren Administrator.',
  },
  guide,
};
