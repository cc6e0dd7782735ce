import type { UserRow } from './user.entity.js';

declare module '../../shared/events.js' {
  interface DomainEvents {
    /** a user was deactivated: what they own must pass to someone active, in the same transaction */
    UserDeactivated: { user: UserRow };
  }
}

export {};
