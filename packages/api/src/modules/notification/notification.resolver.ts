import { Authorized, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { NotificationEventDef, OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';

export enum NotificationEventCategory {
  TICKET = 'TICKET',
  OTHER = 'OTHER',
}
registerEnumType(NotificationEventCategory, {
  name: 'NotificationEventCategory',
  description: 'TICKET events go in ticketNotifications, OTHER events in otherNotifications.',
});

@ObjectType({ description: 'An event agents can be notified about, with the switches a new agent starts with.' })
export class NotificationEvent {
  @Field({ description: 'The `event` of a NotificationSetting, e.g. ticket.assigned_to_me.' }) key: string;
  @Field() label: string;
  @Field(() => NotificationEventCategory) category: NotificationEventCategory;
  @Field({ description: 'Email notification on by default.' }) defaultEmail: boolean;
  @Field({ description: 'Browser notification on by default.' }) defaultBrowser: boolean;
}

const entry =
  (category: NotificationEventCategory) =>
  (d: NotificationEventDef): NotificationEvent => ({
    key: d.event,
    label: d.label,
    category,
    defaultEmail: d.email,
    defaultBrowser: d.browser,
  });

const CATALOG: readonly NotificationEvent[] = [
  ...TICKET_NOTIFICATION_EVENTS.map(entry(NotificationEventCategory.TICKET)),
  ...OTHER_NOTIFICATION_EVENTS.map(entry(NotificationEventCategory.OTHER)),
];

@Resolver()
export class NotificationResolver {
  @Authorized('agents:read')
  @Query(() => [NotificationEvent], { description: 'Every notification event key updateAgent accepts, ticket events first.' })
  notificationCatalog(): NotificationEvent[] {
    return CATALOG.map((e) => ({ ...e }));
  }
}
