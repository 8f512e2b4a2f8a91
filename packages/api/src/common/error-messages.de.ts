// German for the API's error messages (whole sentences), keyed by the English template: {0}, {1} ...
// stand for the interpolated parts in order. In the German, {n|term} puts in the part's German term
// (ERROR_TERMS_DE: the names of things such as "Team" that a message names), {n} the part as it is.
// The field phrases are in error-fields.de.ts; error-language.spec.ts fails on an English message
// found in the source without a German template here or there. Sie-form and the SPA's terms.

export const ERROR_MESSAGES_DE: Record<string, string> = {
  'Your session or API token is invalid, revoked or expired: sign in again':
    'Ihre Sitzung oder Ihr API-Token ist ungültig, widerrufen oder abgelaufen: Melden Sie sich erneut an',
  "This token's agent must change their password before the token works again":
    'Der Agent dieses Tokens muss sein Passwort ändern, bevor das Token wieder funktioniert',
  'Change your password before doing anything else': 'Ändern Sie zuerst Ihr Passwort',
  'Enter the code from your authenticator app (or a recovery code) to finish signing in':
    'Geben Sie den Code aus Ihrer Authenticator-App (oder einen Wiederherstellungscode) ein, um die Anmeldung abzuschließen',
  'Two-step sign-in is required for your account: set it up before doing anything else':
    'Für Ihr Konto ist die Anmeldung in zwei Schritten vorgeschrieben: Richten Sie sie zuerst ein',
  'This operation is not available to API tokens': 'Dieser Vorgang steht API-Tokens nicht zur Verfügung',
  'Administrator access is required': 'Dafür ist Administratorzugriff nötig',
  'This operation needs a signed-in agent, not an API token': 'Dieser Vorgang braucht einen angemeldeten Agenten, kein API-Token',
  'This API token lacks the {0} scope': 'Diesem API-Token fehlt der Bereich {0}',
  'The file is larger than {0}': 'Die Datei ist größer als {0}',
  'Sign in first': 'Melden Sie sich zuerst an',
  'You are not allowed to do this': 'Das dürfen Sie nicht',
  '{0} not found': '{0|term} nicht gefunden',
  'There can be at most {0} {1}; delete one first': 'Es sind höchstens {0} {1|term} möglich; löschen Sie zuerst einen Eintrag',
  'A {0} named "{1}" already exists': '{0|term} „{1}“ gibt es bereits',
  'Query too large: it could return about {0} objects (limit {1}). Ask for fewer nested lists or smaller pages.':
    'Abfrage zu groß: Sie könnte etwa {0} Objekte liefern (Grenze {1}). Fragen Sie weniger verschachtelte Listen oder kleinere Seiten ab.',
  'Query too large: its answer could hold about {0} characters (limit {1}; notes, summaries and signatures count at their longest). Ask for fewer aliases, long text fields or smaller pages (first).':
    'Abfrage zu groß: Die Antwort könnte etwa {0} Zeichen enthalten (Grenze {1}; Notizen, Zusammenfassungen und Signaturen zählen mit ihrer größten Länge). Fragen Sie weniger Aliase, lange Textfelder oder kleinere Seiten (first) ab.',
  '{0} must be one of {1}': '{0} muss einer dieser Werte sein: {1}',
  'Send the file as a text/csv body (or multipart/form-data with an apollo-require-preflight header)':
    'Senden Sie die Datei als text/csv-Body (oder als multipart/form-data mit dem Header apollo-require-preflight)',
  'Import not found': 'Import nicht gefunden',
  'The multipart body has no file part': 'Der Multipart-Body enthält keine Datei',
  'Send an API token: Authorization: Bearer <token>': 'Senden Sie ein API-Token: Authorization: Bearer <token>',
  'SCIM needs an API token with the scim scope, not a session': 'SCIM braucht ein API-Token mit dem Bereich scim, keine Sitzung',
  'Multipart uploads need an apollo-require-preflight header': 'Multipart-Uploads brauchen den Header apollo-require-preflight',
  'Send the file as the body with an X-File-Name header': 'Senden Sie die Datei als Body mit dem Header X-File-Name',
  'X-File-Name must be percent-encoded UTF-8': 'X-File-Name muss prozentkodiertes UTF-8 sein',
  '{0} is already used by another agent': '{0} wird bereits von einem anderen Agenten verwendet',
  '{0} are already used by another agent': '{0} werden bereits von einem anderen Agenten verwendet',
  'Agent not found': 'Agent nicht gefunden',
  'Only administrators can edit other agents': 'Nur Administratoren können andere Agenten bearbeiten',
  'Only administrators can change {0}': 'Nur Administratoren können {0} ändern',
  'Your permissions do not include editing your own profile ({0})':
    'Ihre Berechtigungen erlauben nicht, Ihr eigenes Profil zu bearbeiten ({0})',
  'An administrator has turned off editing your own ticket notifications':
    'Ein Administrator hat das Bearbeiten Ihrer eigenen Ticket-Benachrichtigungen abgeschaltet',
  'API tokens cannot change the login email of their creator: sign in to do this':
    'API-Tokens können die Anmelde-E-Mail-Adresse ihres Erstellers nicht ändern: Melden Sie sich dafür an',
  'You cannot delete your own account': 'Sie können Ihr eigenes Konto nicht löschen',
  'API tokens cannot delete an administrator: sign in as an administrator to do this':
    'API-Tokens können keinen Administrator löschen: Melden Sie sich dafür als Administrator an',
  '{0} cannot be given to a light agent{1}: light agents may hold only {2}':
    '{0} kann einem Light-Agenten{1} nicht gegeben werden: Light-Agenten dürfen nur {2} haben',
  'API tokens cannot change an administrator: sign in as an administrator to do this':
    'API-Tokens können keinen Administrator ändern: Melden Sie sich dafür als Administrator an',
  'API tokens cannot grant or remove administrator or reports administrator access: sign in as an administrator to do this':
    'API-Tokens können Administrator- oder Berichtsadministratorzugriff weder geben noch entziehen: Melden Sie sich dafür als Administrator an',
  'The helpdesk needs at least one active administrator who can sign in':
    'Der Helpdesk braucht mindestens einen aktiven Administrator, der sich anmelden kann',
  "Only administrators can change another agent's profile image": 'Nur Administratoren können das Profilbild eines anderen Agenten ändern',
  'Profile image not found': 'Profilbild nicht gefunden',
  'API tokens belong to an agent': 'API-Tokens gehören zu einem Agenten',
  'API token not found': 'API-Token nicht gefunden',
  'Only one sign-in attempt is allowed per request': 'Pro Anfrage ist nur ein Anmeldeversuch erlaubt',
  'Wrong email or password': 'E-Mail-Adresse oder Passwort ist falsch',
  'This account is disabled': 'Dieses Konto ist deaktiviert',
  'Your temporary password has expired: use "Forgot password?" or ask an administrator for a new one':
    'Ihr vorläufiges Passwort ist abgelaufen: Verwenden Sie „Passwort vergessen?“ oder bitten Sie einen Administrator um ein neues',
  'This passkey is already registered': 'Dieser Passkey ist bereits registriert',
  'This passkey request has expired or was used: try again':
    'Diese Passkey-Anfrage ist abgelaufen oder wurde schon verwendet: Versuchen Sie es erneut',
  'This passkey is not registered with Roster: sign in with your password':
    'Dieser Passkey ist bei Roster nicht registriert: Melden Sie sich mit Ihrem Passwort an',
  'This passkey was not accepted': 'Dieser Passkey wurde nicht akzeptiert',
  'Passkey not found': 'Passkey nicht gefunden',
  'Two-step sign-in is required for your account: add another passkey or an authenticator app first':
    'Für Ihr Konto ist die Anmeldung in zwei Schritten vorgeschrieben: Fügen Sie zuerst einen weiteren Passkey oder eine Authenticator-App hinzu',
  'Change your own password under Preferences instead': 'Ändern Sie Ihr eigenes Passwort stattdessen unter Einstellungen',
  'Too many {0} attempts. Try again in {1} minutes.': 'Zu viele Versuche ({0|term}). Versuchen Sie es in {1} Minuten erneut.',
  'Manage your own two-step sign-in under Preferences': 'Ihre eigene Anmeldung in zwei Schritten verwalten Sie unter Einstellungen',
  'Two-step sign-in is already on: turn it off first to use another app':
    'Die Anmeldung in zwei Schritten ist bereits aktiv: Schalten Sie sie zuerst aus, um eine andere App zu verwenden',
  'Two-step sign-in is required for your account by an administrator: it cannot be turned off':
    'Ein Administrator verlangt für Ihr Konto die Anmeldung in zwei Schritten: Sie lässt sich nicht ausschalten',
  'Session not found': 'Sitzung nicht gefunden',
  'Use "Sign out other sessions" under My sessions for your own':
    'Für Ihre eigenen verwenden Sie „Andere Sitzungen abmelden“ unter „Meine Sitzungen“',
  '"{0}" is not a business unit (an administrator adds it under Business units first)':
    '„{0}“ ist kein Geschäftsbereich (ein Administrator legt ihn zuerst unter „Geschäftsbereiche“ an)',
  'Only administrators can read this change log': 'Nur Administratoren können dieses Änderungsprotokoll lesen',
  'A user field named "{0}" already exists': 'Ein Benutzerfeld „{0}“ gibt es bereits',
  'Your permissions do not include viewing users (people.view)': 'Ihre Berechtigungen erlauben nicht, Benutzer anzuzeigen (people.view)',
  'User field not found': 'Benutzerfeld nicht gefunden',
  'Row {0} is longer than {1} characters (a cell over its limit): it was not read':
    'Zeile {0} ist länger als {1} Zeichen (eine Zelle über ihrer Grenze): Sie wurde nicht gelesen',
  '{0} already belongs to an agent': '{0} gehört bereits zu einem Agenten',
  '{0} already has a pending invitation': '{0} hat bereits eine offene Einladung',
  'API tokens cannot invite administrators: sign in as an administrator to do this':
    'API-Tokens können keine Administratoren einladen: Melden Sie sich dafür als Administrator an',
  'Invitation not found': 'Einladung nicht gefunden',
  'This invitation was {0}; invite the person again instead': 'Diese Einladung ist {0|term}; laden Sie die Person stattdessen erneut ein',
  'This invitation was already accepted; delete the agent instead':
    'Diese Einladung wurde bereits angenommen; löschen Sie stattdessen den Agenten',
  '{0} already has an account: sign in instead': '{0} hat bereits ein Konto: Melden Sie sich stattdessen an',
  'Your license allows {0} {1} and {2} light seats are in use ({3} plus pending invitations); {4} more are needed. Upgrade your license or delete an agent that is no longer in use.':
    'Ihre Lizenz erlaubt {0} {1|term}, und {2} Light-Plätze sind belegt ({3|term} und offene Einladungen); {4} weitere werden gebraucht. Erweitern Sie Ihre Lizenz oder löschen Sie einen Agenten, der nicht mehr gebraucht wird.',
  'Your license allows {0} {1} and {2} light seats are in use ({3} plus pending invitations). Upgrade your license or delete an agent that is no longer in use.':
    'Ihre Lizenz erlaubt {0} {1|term}, und {2} Light-Plätze sind belegt ({3|term} und offene Einladungen). Erweitern Sie Ihre Lizenz oder löschen Sie einen Agenten, der nicht mehr gebraucht wird.',
  'Your license allows {0} {1} and {2} seats are in use ({3} plus pending invitations); {4} more are needed. Upgrade your license or delete an agent that is no longer in use.':
    'Ihre Lizenz erlaubt {0} {1|term}, und {2} Plätze sind belegt ({3|term} und offene Einladungen); {4} weitere werden gebraucht. Erweitern Sie Ihre Lizenz oder löschen Sie einen Agenten, der nicht mehr gebraucht wird.',
  'Your license allows {0} {1} and {2} seats are in use ({3} plus pending invitations). Upgrade your license or delete an agent that is no longer in use.':
    'Ihre Lizenz erlaubt {0} {1|term}, und {2} Plätze sind belegt ({3|term} und offene Einladungen). Erweitern Sie Ihre Lizenz oder löschen Sie einen Agenten, der nicht mehr gebraucht wird.',
  'Outbox message not found': 'Nachricht im Postausgang nicht gefunden',
  'Only failed messages can be retried (this one is {0})':
    'Nur fehlgeschlagene Nachrichten können erneut gesendet werden (Status dieser Nachricht: {0})',
  'An organization named "{0}" already exists': 'Eine Organisation „{0}“ gibt es bereits',
  'Organization not found': 'Organisation nicht gefunden',
  'Your permissions do not include {0} ({1})': 'Ihre Berechtigungen umfassen nicht „{0}“ ({1})',
  'Permission group not found': 'Berechtigungsgruppe nicht gefunden',
  'Built-in permission groups cannot be edited or deleted; put agents in a custom group instead':
    'Eingebaute Berechtigungsgruppen können weder bearbeitet noch gelöscht werden; nehmen Sie Agenten stattdessen in eine eigene Gruppe auf',
  '{0} providers are not available yet': '{0}-Anbieter sind noch nicht verfügbar',
  'Single sign-on provider not found': 'Single-Sign-on-Anbieter nicht gefunden',
  'Single sign-on is required: use "Sign in with ..." on the sign-in page (passwords are off)':
    'Single Sign-on ist vorgeschrieben: Verwenden Sie „Anmelden mit …“ auf der Anmeldeseite (Passwörter sind abgeschaltet)',
  '{0} already belongs to {1}: merge the two users (mergeUsers) to combine them':
    '{0} gehört bereits zu {1}: Führen Sie die beiden Benutzer zusammen (mergeUsers)',
  'User not found': 'Benutzer nicht gefunden',
  'Target user not found': 'Zielbenutzer nicht gefunden',
  'Source user not found': 'Quellbenutzer nicht gefunden',
  'Merge not found': 'Zusammenführung nicht gefunden',
  'This merge has already been undone': 'Diese Zusammenführung wurde bereits rückgängig gemacht',
  'A merge can be undone for {0} days; this one can no longer be undone':
    'Eine Zusammenführung lässt sich {0} Tage lang rückgängig machen; diese nicht mehr',
  'The merged user has since been deleted or merged again: undo that first':
    'Der zusammengeführte Benutzer wurde inzwischen gelöscht oder erneut zusammengeführt: Machen Sie das zuerst rückgängig',
  'The source user no longer waits for this undo': 'Der Quellbenutzer wartet nicht mehr auf dieses Rückgängigmachen',
  'Undoing would leave the merged user without an email address':
    'Das Rückgängigmachen würde den zusammengeführten Benutzer ohne E-Mail-Adresse lassen',
  'Undoing would bring back {0} without an email address: the addresses that moved with the merge have been removed from {1} since, so this merge can no longer be undone':
    'Das Rückgängigmachen würde {0} ohne E-Mail-Adresse zurückbringen: Die mit der Zusammenführung verschobenen Adressen wurden inzwischen von {1} entfernt, daher lässt sich diese Zusammenführung nicht mehr rückgängig machen',
  '{0} cannot be uploaded: programs and scripts are not allowed':
    '{0} kann nicht hochgeladen werden: Programme und Skripte sind nicht erlaubt',
  'File not found': 'Datei nicht gefunden',
  "Importing users is not available to agents who see only their teams' organizations (team-scoped visibility)":
    'Agenten, die nur die Organisationen ihrer Teams sehen (teambezogene Sichtbarkeit), können keine Benutzer importieren',
  // Written at the GraphQL edge (graphql/format-error.ts), not by a service.
  'This conflicts with a record that was just saved by someone else; reload and try again':
    'Das widerspricht einem Datensatz, den gerade jemand anderes gespeichert hat; laden Sie neu und versuchen Sie es erneut',
  'Internal server error': 'Interner Serverfehler',
};

/** The names of things a message template puts in ({n|term}); a value not listed here stays as it is. */
export const ERROR_TERMS_DE: Record<string, string> = {
  Team: 'Team',
  team: 'Team',
  teams: 'Teams',
  Department: 'Abteilung',
  department: 'Abteilung',
  departments: 'Abteilungen',
  'Business unit': 'Geschäftsbereich',
  'business unit': 'Geschäftsbereich',
  'business units': 'Geschäftsbereiche',
  Usergroup: 'Benutzergruppe',
  usergroup: 'Benutzergruppe',
  usergroups: 'Benutzergruppen',
  'permission group': 'Berechtigungsgruppe',
  'permission groups': 'Berechtigungsgruppen',
  group: 'Gruppe',
  agents: 'Agenten',
  'light agents': 'Light-Agenten',
  'sign-in': 'Anmeldung',
  'passkey sign-in': 'Anmeldung mit Passkey',
  'password reset': 'Passwort zurücksetzen',
  code: 'Code',
  invitation: 'Einladung',
  'single sign-on': 'Single Sign-on',
  accepted: 'angenommen',
  revoked: 'widerrufen',
  expired: 'abgelaufen',
  pending: 'offen',
};
