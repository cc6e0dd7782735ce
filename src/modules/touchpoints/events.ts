import type { TouchpointRow } from './touchpoint.entity.js';

declare module '../../shared/events.js' {
  interface DomainEvents {
    /** a business was registered with its touchpoints */
    BusinessRegistered: { businessCode: string; touchpoints: TouchpointRow[] };
  }
}

export {};
