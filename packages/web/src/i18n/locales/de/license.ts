import type { Messages } from '../../messages';
import type { license as en } from '../en/license';

export const license: Messages<typeof en> = {
  meter: {
    label: 'Belegte Plätze',
    used: '{{used}} von {{seats}} Plätzen belegt',
    agents_one: '{{count}} Agent',
    agents_other: '{{count}} Agenten',
    pending_one: '{{count}} offene Einladung',
    pending_other: '{{count}} offene Einladungen',
    noneLeft: 'Keine Plätze mehr frei.',
    available_one: '{{count}} Platz frei.',
    available_other: '{{count}} Plätze frei.',
  },
  limit: {
    title: 'Alle Plätze sind belegt.',
    body: 'Erweitern Sie Ihre Lizenz oder löschen Sie einen nicht mehr genutzten Agenten, bevor Sie weitere Personen einladen oder hinzufügen. Auch das Widerrufen einer offenen Einladung gibt ihren Platz frei.',
  },
  page: {
    title: 'Lizenz',
    what: 'Lizenzdaten',
    seats: 'Plätze',
    edition: 'Edition',
    editions: {
      cloud: 'Cloud',
      onPremise: 'On-Premise (Plätze werden in 10er-Paketen verkauft)',
    },
    seatsFull: 'Plätze (Vollagenten)',
    inUse: 'Belegt',
    available: 'Frei',
    change:
      'Um die Anzahl der Plätze zu ändern, setzen Sie <code>LICENSE_SEATS</code> auf dem Server und starten ihn neu. Um sofort einen Platz freizugeben, <to>widerrufen Sie eine offene Einladung</to> oder löschen Sie einen nicht mehr genutzten Agenten.',
  },
  light: {
    title: 'Light-Agenten',
    intro: 'Light-Agenten belegen keinen Platz: Sie durchsuchen das CRM, lesen Datensätze und fügen Notizen hinzu.',
    count: 'Light-Agenten',
    allowed: 'Erlaubt',
    available: 'Frei',
    unlimited: 'Unbegrenzt',
    limit: 'Um sie zu begrenzen, setzen Sie <code>LICENSE_LIGHT_SEATS</code> auf dem Server und starten ihn neu.',
  },
};
