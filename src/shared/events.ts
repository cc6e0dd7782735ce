/**
 * Domain events: what happened, announced inside the transaction that made it happen, so that
 * listeners (the search index, the outbox) change the database in the same transaction. Each
 * module declares its events next to the code that emits them, by adding to this interface:
 *
 *   declare module '../../shared/events.js' { interface DomainEvents { VersionPublished: { version: VersionRow } } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type EventName = keyof DomainEvents;

/** What an emitter says: the event's name and its facts. */
export type EventInput = { [K in EventName]: { type: K } & DomainEvents[K] }[EventName];

/** What a listener hears: the facts, who caused them and when. */
export type DomainEvent<K extends EventName = EventName> = { [N in K]: { type: N; at: string; actorId: string } & DomainEvents[N] }[K];

export type Listener<K extends EventName, C> = (event: DomainEvent<K>, context: C) => Promise<void> | void;

/**
 * Listeners per event, registered where the application is assembled. `emit` runs them one after
 * the other and waits for each: a listener that fails fails the transaction that emitted.
 */
export class EventBus<C> {
  private readonly listeners = new Map<EventName, Listener<EventName, C>[]>();

  on<K extends EventName>(type: K, listener: Listener<K, C>): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener as unknown as Listener<EventName, C>]);
  }

  async emit(event: DomainEvent, context: C): Promise<void> {
    for (const listener of this.listeners.get(event.type) ?? []) await listener(event, context);
  }
}
