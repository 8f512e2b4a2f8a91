import type { Messages } from '../../messages';
import type { auth as en } from '../en/auth';

export const auth: Messages<typeof en> = {
  logout: { label: 'Abmelden', busy: 'Wird abgemeldet…' },
  goToSignIn: 'Zur Anmeldung',
  backToSignIn: 'Zurück zur Anmeldung',
  fields: {
    password: 'Passwort',
    confirmPassword: 'Passwort bestätigen',
    newPassword: 'Neues Passwort',
    confirmNewPassword: 'Neues Passwort bestätigen',
  },
  newPassword: {
    hint: 'Mindestens {{count}} Zeichen.',
    tooShort: 'muss mindestens {{count}} Zeichen lang sein',
    tooLong: 'darf höchstens {{count}} Zeichen lang sein',
    mustDiffer: 'muss sich vom aktuellen Passwort unterscheiden',
    mismatch: 'stimmt nicht mit „{{label}}“ überein',
  },
  signIn: {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit Ihrem Agentenkonto an.',
    twoStepTitle: 'Anmeldung in zwei Schritten',
    twoStepIntro: 'Bestätigen Sie, dass Sie es sind: mit einem Passkey oder dem Code, den Ihre Authenticator-App für Roster anzeigt.',
    submit: 'Anmelden',
    busy: 'Anmeldung läuft…',
    forgot: 'Passwort vergessen?',
  },
  forgot: {
    title: 'Passwort zurücksetzen',
    intro: 'Wir senden Ihnen per E-Mail einen Link, mit dem Sie ein neues wählen.',
    checkTitle: 'Prüfen Sie Ihre E-Mails',
    sent: 'Wenn sich {{email}} bei Roster anmeldet, ist ein Link zum Wählen eines neuen Passworts unterwegs. Er funktioniert einmal, 60 Minuten lang.',
    submit: 'Link zum Zurücksetzen senden',
    sending: 'Wird gesendet…',
  },
  setPassword: {
    title: 'Passwort wählen',
    intro: 'Wählen Sie das Passwort, mit dem Sie sich anmelden.',
    submit: 'Passwort festlegen',
    welcome: 'Willkommen bei Roster, {{name}}. Ihr Passwort ist festgelegt.',
    invalidTitle: 'Passwort-Link ungültig',
    invalidMessage: 'Dieser Link ist ungültig, wurde bereits verwendet oder ist abgelaufen.',
    invalidHint: 'Links funktionieren einmal und laufen ab. Wenn Sie bereits ein Passwort gewählt haben, melden Sie sich an.',
    newLink: 'Neuen Link anfordern',
  },
  changePassword: {
    title: 'Passwort ändern',
    intro: 'Geben Sie Ihr aktuelles Passwort ein, dann zweimal Ihr neues.',
    temporary: 'Ihr Konto wurde mit einem vorläufigen Passwort eingerichtet. Wählen Sie ein neues Passwort, um fortzufahren.',
    submit: 'Passwort ändern',
    changed: 'Ihr Passwort wurde geändert.',
  },
};
