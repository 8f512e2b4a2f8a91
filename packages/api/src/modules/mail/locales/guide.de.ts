import type { Messages } from '@roster/shared';
import type { guide as en } from './guide.en';

// Die Kurzanleitung für Agenten (deutsche Ausgabe von guide.en.ts: dieselben Abschnitte, Blöcke und Listen).

export const guide: Messages<typeof en> = {
  filename: 'Roster-Kurzanleitung.pdf',
  title: 'Roster \u2014 Kurzanleitung für Agenten',
  subtitle: 'Alles, was Sie für Ihren ersten Tag im Helpdesk brauchen.',
  documentTitle: 'Roster - Kurzanleitung für Agenten',
  documentSubject: 'Erste Schritte als Agent in Roster',
  footer: 'Roster Kurzanleitung  \u00b7  Seite {{page}} von {{pages}}',
  sections: [
    {
      title: '1. Die erste Anmeldung',
      blocks: [
        {
          p: 'Ihr Administrator hat Ihr Agentenkonto in Roster angelegt. Ihre Willkommens-E-Mail nennt Ihre Anmelde-E-Mail-Adresse und, falls eines festgelegt wurde, ein temporäres Passwort.',
        },
        {
          list: [
            'Öffnen Sie den Anmeldelink aus der Willkommens-E-Mail und melden Sie sich mit Ihrer Anmelde-E-Mail-Adresse und dem temporären Passwort an.',
            'Roster bittet Sie dann, ein neues Passwort zu wählen, bevor Sie etwas anderes tun können. Wählen Sie eines, das Sie nirgends sonst verwenden, mit mindestens {{minLength}} Zeichen; eine Passphrase aus mehreren Wörtern eignet sich gut.',
            'Das temporäre Passwort funktioniert nicht mehr, sobald Sie es geändert haben, und nach 7 Tagen, wenn Sie es nie verwenden. Ist es abgelaufen oder haben Sie es verloren, nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite.',
            'Wenn Sie stattdessen eingeladen wurden, wählen Sie Ihr Passwort direkt über den Link in der Einladung.',
          ],
        },
        { p: 'Geben Sie Ihr Passwort niemals weiter. Administratoren und der Roster-Support werden Sie nie danach fragen.' },
        { h3: 'Anmeldung in zwei Schritten' },
        {
          list: [
            'Schalten Sie sie unter Einstellungen, Anmeldung in zwei Schritten ein: Scannen Sie den QR-Code mit einer Authenticator-App auf Ihrem Telefon (zum Beispiel Google Authenticator, Microsoft Authenticator, 1Password oder Aegis) und geben Sie dann den sechsstelligen Code ein, den sie anzeigt. Danach fragt Roster nach Ihrem Passwort auch nach einem Code aus der App, sodass ein gestohlenes Passwort allein nicht zur Anmeldung reicht.',
            'Roster zeigt Ihnen dann einmalig 10 Wiederherstellungscodes: Bewahren Sie sie sicher auf. Jeder funktioniert einmal anstelle eines Codes, falls Sie Ihr Telefon verlieren; unter Einstellungen können Sie neue erzeugen.',
            'Dort können Sie auch Passkeys hinzufügen (Fingerabdruck, Gesichtserkennung oder PIN Ihres Geräts oder einen Sicherheitsschlüssel) und einen davon statt des Codes aus der App verwenden.',
            'Ihr Administrator kann die Anmeldung in zwei Schritten vorschreiben: Roster bittet Sie dann direkt nach Ihrem Passwort, sie einzurichten. Wenn Sie Ihr Telefon und Ihre Wiederherstellungscodes verlieren, bitten Sie einen Administrator, sie zurückzusetzen.',
            'Roster sendet Codes niemals per SMS oder E-Mail.',
          ],
        },
      ],
    },
    {
      title: '2. Wo Sie was in Roster finden',
      blocks: [
        { p: 'Nach der Anmeldung führt Sie das Menü links (auf dem Telefon eine Menü-Schaltfläche) zu:' },
        { h3: 'Benutzer (der CRM-Bereich)' },
        {
          list: [
            'Sichtbar, wenn Ihre Berechtigungen das Anzeigen von Benutzern umfassen. Suchen Sie nach Namen oder dem Anfang einer E-Mail-Adresse und grenzen Sie die Liste nach Organisation oder Benutzergruppe ein. Die Liste blättert seitenweise durch alle Benutzer.',
            'Öffnen Sie einen Benutzer, um seinen Datensatz zu sehen und zu bearbeiten: Name, E-Mail-Adressen (eine ist die primäre und erhält Benachrichtigungen; machen Sie eine andere zur primären, fügen Sie eine hinzu oder kopieren Sie eine), Organisation (wählen Sie eine aus oder legen Sie sie direkt an), Benutzergruppen, Kontaktinformationen, Zusammenfassung, Eigenschaften (Zeitzone mit der Ortszeit des Benutzers, Sprache und die benutzerdefinierten Felder Ihrer Administratoren), Notizen und Dateien.',
            'Der Tab Änderungsprotokoll zeigt, wer wann was geändert hat; der Tab Aktivität listet Änderungen, Notizen, Dateien und Zusammenführungen in zeitlicher Reihenfolge.',
            'Hat eine Person von zwei Adressen geschrieben, fassen Sie die beiden Benutzer mit Zusammenführen zusammen (der Datensatz schlägt mögliche Duplikate vor). Eine Zusammenführung lässt sich 7 Tage lang rückgängig machen. Markieren Sie einen Benutzer als Autoresponder, damit keine automatischen Antworten an ein Postfach gehen, das selbst antwortet.',
            'Import / Export liest und schreibt Benutzer als CSV-Datei, mit einer Vorschau jeder Zeile, bevor etwas gespeichert wird.',
            'Jeder Datensatz hat eine eigene Adresse, sodass Sie einen Link darauf mit Kollegen teilen können. Ein anderswo genannter Benutzer (ein Duplikat, ein Aktivitätseintrag) öffnet sich in einem Pop-up, das Sie in den Bereich erweitern können.',
          ],
        },
        { h3: 'Agenten im CRM' },
        {
          p: 'Unten im Filterbereich listet der Abschnitt Agenten Ihre Kollegen, gefiltert nach Team. Ihr CRM-Datensatz enthält eine Zusammenfassung, Kontaktinformationen (getrennt von der Telefonnummer in ihrem Profil) und Notizen.',
        },
        { h3: 'Agenten' },
        {
          p: 'Die Liste Ihrer Kollegen: Suchen Sie nach Name, Alias oder E-Mail-Adresse und filtern Sie nach Team, um zu sehen, wer was bearbeitet.',
        },
        { h3: 'Einstellungen' },
        { p: 'Ihr eigenes Profil, Signatur, Benachrichtigungen, Passwort, Anmeldung in zwei Schritten und Sitzungen (siehe Abschnitt 3).' },
        {
          p: 'Administratoren sehen zusätzlich den Bereich Verwaltung: Agenten, Einladungen, Berechtigungsgruppen, Teams, Abteilungen, API-Token, Lizenz und Postausgang.',
        },
      ],
    },
    {
      title: '3. Ihre Einstellungen',
      blocks: [
        { p: 'Öffnen Sie Einstellungen im Menü, um festzulegen, wie Sie erscheinen und wie Roster Sie erreicht:' },
        {
          list: [
            'Name: Ihr vollständiger Name, wie Ihre Kollegen ihn sehen.',
            'Alias: ein optionaler Name, den Benutzer in Antworten statt Ihres echten Namens sehen.',
            'E-Mail: Ihre Anmelde-E-Mail-Adresse, die auch für Benachrichtigungen verwendet wird.',
            'Telefon: eine Nummer, unter der Ihre Kollegen Sie erreichen (Roster sendet keine SMS).',
            'Zeitzone und Sprache: Zeiten erscheinen in Ihrer Zeitzone; die Sprache gilt für die Oberfläche von Roster und für die E-Mails, die Roster Ihnen sendet (Englisch oder Deutsch).',
            'Signatur: wird an das Ende Ihrer Antworten angefügt; einfache Formatierungen bleiben erhalten.',
            'Benachrichtigungen: Wählen Sie, bei welchen Ticket-Ereignissen und wie Sie benachrichtigt werden. Ihr Administrator kann diese Einstellungen gesperrt haben.',
            'Anmeldung in zwei Schritten: ein- oder ausschalten oder neue Wiederherstellungscodes erzeugen (siehe Abschnitt 1).',
            'Sitzungen: jeder Browser, in dem Sie angemeldet sind; melden Sie sich von einem oder von allen anderen ab. Eine Änderung Ihres Passworts oder Ihrer Anmeldung in zwei Schritten meldet die anderen ab.',
          ],
        },
      ],
    },
    {
      title: '4. Berechtigungen, Teams und Abteilungen',
      blocks: [
        {
          list: [
            'Berechtigungen legen fest, was Sie tun können: zum Beispiel nicht zugewiesene Tickets sehen, antworten, zuweisen, Benutzer zusammenführen oder Tickets löschen. Sie stammen aus Berechtigungsgruppen (etwa „All Non-Destructive Permissions“) und aus Berechtigungen, die Ihnen direkt erteilt wurden.',
            'Teams fassen Agenten zusammen, die gemeinsam arbeiten. Die Agentenliste lässt sich nach Team filtern.',
            'Abteilungen (zum Beispiel Vertrieb oder Support) legen fest, welche Arten von Arbeit Sie vollständig sehen oder nur zugewiesen bekommen können.',
            'All das verwalten Administratoren. Wenn Sie etwas nicht sehen oder tun können, das Sie brauchen, fragen Sie Ihren Administrator, statt das Konto eines Kollegen zu benutzen.',
          ],
        },
      ],
    },
    {
      title: '5. Hilfe erhalten',
      blocks: [
        {
          list: [
            'Ihr Administrator ist Ihr erster Ansprechpartner für Fragen zu Zugang, Berechtigungen, Teams und Lizenz.',
            'Passwort vergessen? Nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite: Roster sendet Ihnen einen Link, der einmal und 60 Minuten lang funktioniert und Sie bei Verwendung überall sonst abmeldet. Nach zu vielen Versuchen gesperrt? Warten Sie 15 Minuten. Ihr Administrator kann Ihnen auch einen Link zum Zurücksetzen oder ein neues temporäres Passwort senden. Roster sendet niemals SMS.',
            'Bewahren Sie diese Anleitung auf: Sie ist Ihrer Willkommens-E-Mail angehängt.',
          ],
        },
      ],
    },
  ],
};
