import type { InspectionRow } from './inspection.entity.js';
import type { PostRow } from './posts.entity.js';

declare module '../../shared/events.js' {
  interface DomainEvents {
    /** a post was registered, reinstated, described anew or retired, or someone took it up or left it */
    PostChanged: { post: PostRow };
    /** a call was inspected against the flow version in force when it happened */
    InspectionRecorded: { inspection: InspectionRow; deviations: string[] };
  }
}

export {};
