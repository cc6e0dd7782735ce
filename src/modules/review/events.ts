import type { VersionRow } from '../versioning/version.entity.js';

declare module '../../shared/events.js' {
  interface DomainEvents {
    /** a manager confirmed a version in force as still right */
    VersionVerified: { version: VersionRow; note: string };
  }
}

export {};
