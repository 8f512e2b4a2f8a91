import type { TFunction } from 'i18next';
import { agents as english } from '../../i18n/locales/en/agents';

// Shared by the agent page's notifications tabs and Preferences: one event, one name per language.

type EventWord = keyof typeof english.notifications.events;

/** An event's label in the current language (`ticket.new` reads `notifications.events.ticket_new`); the API's English for an event the SPA has no words for. */
export function notificationEventLabel(t: TFunction<'agents'>, event: { key: string; label: string }): string {
  const word = event.key.replace(/\./g, '_');
  return Object.hasOwn(english.notifications.events, word) ? t(`notifications.events.${word as EventWord}`) : event.label;
}
