import type { Messages } from '../../messages';
import type { twoStep as en } from '../en/two-step';

export const twoStep: Messages<typeof en> = {
  title: 'Anmeldung in zwei Schritten',
  intro:
    'Nach Ihrem Passwort fragt Roster nach einem Code aus einer Authenticator-App auf Ihrem Telefon, damit ein gestohlenes Passwort allein nicht zur Anmeldung reicht.',
  loadingWhat: 'Ihre Anmeldung in zwei Schritten',
  savedThem: 'Ich habe sie gespeichert',
  required: 'Ein Administrator verlangt für Ihr Konto die Anmeldung in zwei Schritten.',
  requiredNoOff: 'Ein Administrator verlangt für Ihr Konto die Anmeldung in zwei Schritten: Sie lässt sich nicht ausschalten.',
  turnedOn: 'Die Anmeldung in zwei Schritten ist aktiv. Ihre anderen Sitzungen wurden abgemeldet.',
  appAdded: 'Authenticator-App hinzugefügt. Ihre anderen Sitzungen wurden abgemeldet.',
  checking: 'Wird geprüft…',
  status: {
    on: '<strong>Aktiv</strong> mit {{method}}.',
    onSince: '<strong>Aktiv</strong> mit {{method}} seit {{date}}.',
    app: 'einer Authenticator-App',
    passkeys: 'Passkeys',
    codesLeft_one: '{{count}} unbenutzter Wiederherstellungscode.',
    codesLeft_other: '{{count}} unbenutzte Wiederherstellungscodes.',
  },
  newCodes: {
    button: 'Neue Wiederherstellungscodes',
    title: 'Neue Wiederherstellungscodes erstellen',
    descriptionApp:
      'Ihre bisherigen Wiederherstellungscodes werden ungültig. Geben Sie einen Code aus Ihrer Authenticator-App oder Ihr Passwort ein, um fortzufahren.',
    descriptionPassword: 'Ihre bisherigen Wiederherstellungscodes werden ungültig. Geben Sie Ihr Passwort ein, um fortzufahren.',
    submit: 'Neue Codes erstellen',
  },
  off: {
    button: 'Ausschalten',
    title: 'Anmeldung in zwei Schritten ausschalten',
    descriptionApp:
      'Dann genügt Ihr Passwort zur Anmeldung, und Ihre anderen Sitzungen werden abgemeldet. Bestätigen Sie mit einem Code aus Ihrer App oder Ihrem Passwort.',
    descriptionPassword:
      'Dann genügt Ihr Passwort zur Anmeldung, und Ihre anderen Sitzungen werden abgemeldet. Bestätigen Sie mit Ihrem Passwort.',
    busy: 'Wird ausgeschaltet…',
    done: 'Die Anmeldung in zwei Schritten ist ausgeschaltet.',
  },
  totp: {
    preparing: 'Wird vorbereitet…',
    setUp: 'Authenticator-App einrichten',
    scan: 'Scannen Sie diesen QR-Code mit einer Authenticator-App (etwa Google Authenticator, Microsoft Authenticator, 1Password oder Aegis).',
    qrAlt: 'QR-Code, um Roster zu Ihrer Authenticator-App hinzuzufügen',
    typeKey: 'Oder geben Sie diesen Schlüssel in der App ein:',
    enterCode: 'Geben Sie zum Abschluss den sechsstelligen Code ein, den die App anzeigt.',
    turnOn: 'Anmeldung in zwei Schritten einschalten',
    turningOn: 'Wird eingeschaltet…',
  },
  secondStep: {
    verify: 'Bestätigen',
    verifying: 'Wird bestätigt…',
    useRecovery: 'Wiederherstellungscode verwenden',
    useApp: 'Code aus der Authenticator-App verwenden',
    startAgain: 'Neu beginnen',
  },
  recovery: {
    fileHeading:
      'Roster-Wiederherstellungscodes für {{email}}\nJeder Code funktioniert einmal, anstelle eines Codes aus Ihrer Authenticator-App.',
    title: 'Ihre Wiederherstellungscodes',
    intro:
      'Bewahren Sie sie jetzt sicher auf: Sie werden nur einmal angezeigt. Jeder Code funktioniert einmal anstelle eines Codes aus Ihrer App, falls Sie Ihr Telefon verlieren.',
    copy: 'Codes kopieren',
    what: 'die Wiederherstellungscodes',
    download: 'Herunterladen',
  },
  passkeys: {
    title: 'Passkeys',
    intro:
      'Ein Passkey (Fingerabdruck, Gesicht oder PIN Ihres Geräts oder ein Sicherheitsschlüssel) kann im zweiten Schritt den Code der App ersetzen.',
    addedUsed: 'hinzugefügt am {{added}}, zuletzt verwendet am {{used}}',
    addedNeverUsed: 'hinzugefügt am {{added}}, noch nie verwendet',
    removeLabel: 'Passkey {{name}} entfernen',
    removeTitle: 'Den Passkey „{{name}}“ entfernen?',
    removeConfirm: 'Passkey entfernen',
    removeBody: 'Er meldet Sie dann nicht mehr an. Ist er Ihr einziger zweiter Faktor, wird die Anmeldung in zwei Schritten ausgeschaltet.',
    removed: 'Passkey „{{name}}“ entfernt. Ihre anderen Sitzungen wurden abgemeldet.',
    added: 'Passkey hinzugefügt. Ihre anderen Sitzungen wurden abgemeldet.',
    nameLabel: 'Name des Passkeys',
    nameHint: 'Wo er sich befindet, z. B. „Arbeitslaptop“ oder „Sicherheitsschlüssel“.',
    notCreated: 'Der Browser hat keinen Passkey erstellt (abgebrochen oder Zeitüberschreitung).',
    waiting: 'Warten auf den Browser…',
    add: 'Passkey hinzufügen',
    signIn: 'Mit einem Passkey anmelden',
    use: 'Passkey verwenden',
    waitingPasskey: 'Warten auf den Passkey…',
    notUsed: 'Der Browser hat keinen Passkey verwendet (abgebrochen oder Zeitüberschreitung).',
  },
  code: {
    appLabel: 'Code aus Ihrer Authenticator-App',
    recoveryLabel: 'Wiederherstellungscode',
    appHint: 'Sechs Ziffern; alle 30 Sekunden ein neuer.',
    recoveryHint: 'Einer der gespeicherten Codes, z. B. abcde-23456. Jeder funktioniert einmal.',
    orPassword: 'Oder Ihr Passwort',
    password: 'Ihr Passwort',
    requiredOrPassword: 'ist erforderlich, oder geben Sie Ihr Passwort ein',
  },
  setup: {
    title: 'Anmeldung in zwei Schritten einrichten',
    continue: 'Ich habe sie gespeichert: weiter',
    intro:
      'Ihr Administrator verlangt die Anmeldung in zwei Schritten. Richten Sie eine Authenticator-App auf Ihrem Telefon ein, um fortzufahren: Ab jetzt fragt Roster nach Ihrem Passwort nach deren Code.',
    orPasskey: 'Oder einen Passkey verwenden',
    done: 'Die Anmeldung in zwei Schritten ist aktiviert.',
  },
  security: {
    what: 'die Einstellungen zur Anmeldesicherheit',
    legend: 'Anmeldung in zwei Schritten',
    saved: 'Anmeldung in zwei Schritten: {{choice}}.',
    lastChanged: 'Zuletzt geändert von {{name}}, {{date}}.',
    neverChanged: 'Nie geändert.',
    note: 'API-Token funktionieren in jedem Fall weiter. Hat ein Agent Telefon und Wiederherstellungscodes verloren: „Anmeldung in zwei Schritten zurücksetzen“ auf seinem Tab „Anmeldung“.',
    choice: {
      OFF: 'Optional',
      ADMINISTRATORS: 'Erforderlich für Administratoren',
      EVERYONE: 'Erforderlich für alle',
    },
    hint: {
      OFF: 'Jeder Agent entscheidet selbst unter „Einstellungen“.',
      ADMINISTRATORS: 'Administratoren ohne sie richten sie bei der nächsten Anmeldung ein.',
      EVERYONE: 'Jeder Agent ohne sie richtet sie bei der nächsten Anmeldung ein.',
    },
  },
};
