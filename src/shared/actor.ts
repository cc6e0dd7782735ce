import type { Clock } from './clock.js';

export const ROLES = ['AGENT', 'PROCESS_MANAGER', 'APPROVER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting and what time it is: every service call gets both, from the API, a job or the command line. */
export interface Actor {
  user: { id: string; role: Role };
  clock: Clock;
}

/** The account the system acts as (seeding, bootstrap, jobs); the first migration creates it. */
export const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000000';

export const systemActor = (clock: Clock): Actor => ({ user: { id: SYSTEM_USER_ID, role: 'ADMIN' }, clock });
