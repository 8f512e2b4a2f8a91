// Notification event catalogues with their defaults (email, browser).
export interface NotificationEventDef {
  event: string;
  label: string;
  email: boolean;
  browser: boolean;
}

export const TICKET_NOTIFICATION_EVENTS: readonly NotificationEventDef[] = [
  { event: 'ticket.new', label: 'New ticket in my departments', email: true, browser: true },
  { event: 'ticket.assigned_to_me', label: 'Ticket assigned to me', email: true, browser: true },
  { event: 'ticket.assigned_to_team', label: 'Ticket assigned to my team', email: true, browser: true },
  { event: 'ticket.user_reply', label: 'User replies to my ticket', email: true, browser: true },
  { event: 'ticket.agent_reply', label: 'Another agent replies to my ticket', email: false, browser: true },
  { event: 'ticket.agent_note', label: 'Note added to my ticket', email: false, browser: true },
  { event: 'ticket.sla_warning', label: 'SLA warning on my ticket', email: true, browser: true },
];

export const OTHER_NOTIFICATION_EVENTS: readonly NotificationEventDef[] = [
  { event: 'chat.new', label: 'New chat waiting', email: false, browser: true },
  { event: 'chat.transferred', label: 'Chat transferred to me', email: false, browser: true },
  { event: 'task.assigned', label: 'Task assigned to me', email: true, browser: true },
  { event: 'task.due', label: 'Task due', email: true, browser: true },
  { event: 'mention', label: 'I am mentioned', email: true, browser: true },
  { event: 'kb.comment', label: 'Comment on my article', email: false, browser: true },
];

export interface NotificationSettingValue {
  event: string;
  email: boolean;
  browser: boolean;
}

/** Overlays stored settings on the catalogue: unknown events are dropped, missing ones get defaults. */
export function mergeNotifications(
  catalog: readonly NotificationEventDef[],
  stored: readonly NotificationSettingValue[] | null | undefined,
): NotificationSettingValue[] {
  const byEvent = new Map((stored ?? []).map((s) => [s.event, s]));
  return catalog.map((d) => {
    const s = byEvent.get(d.event);
    return s ? { event: d.event, email: !!s.email, browser: !!s.browser } : { event: d.event, email: d.email, browser: d.browser };
  });
}
