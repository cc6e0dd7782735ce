import { type Actor, ROLES, type Role } from '../shared/actor.js';
import { forbidden } from '../shared/errors.js';

type Who = Pick<Actor, 'user'>;

interface Policy {
  /** the roles that may take the action at all */
  roles: readonly Role[];
  description: string;
}

/** A policy with a rule about the thing acted on: why this actor may not (null: they may). */
interface SubjectPolicy<S> extends Policy {
  refuse(actor: Who, subject: S): string | null;
}

const EVERYONE = ROLES;
const EDITORIAL: readonly Role[] = ['PROCESS_MANAGER', 'APPROVER', 'ADMIN'];

/**
 * Who may do what: the one table every check asks — the API before a resolver runs (`@Allow`),
 * services for rules about the thing acted on, reads and search for what a role may see.
 */
export const POLICIES = {
  'content.read': { roles: EVERYONE, description: 'read what is published: handbook, flows, scripts, standards, the service map; search' },
  'content.readUnpublished': { roles: EDITORIAL, description: 'see drafts and versions in review, in every read and in search' },
  'content.write': { roles: ['PROCESS_MANAGER'], description: 'create documents and drafts, edit drafts, submit them for review' },
  'content.review': {
    roles: ['APPROVER'],
    description: 'publish or reject a version in review — never one they wrote',
    refuse: (actor, version) => (version.authorId === actor.user.id ? 'nobody may approve a version they authored: ask another approver' : null),
  } satisfies SubjectPolicy<{ authorId: string }>,
  'content.retire': { roles: ['APPROVER'], description: 'retire a document from an instant on' },
  'serviceMap.write': { roles: ['PROCESS_MANAGER'], description: 'register channels, brands and businesses with their touchpoints' },
  'search.record': {
    roles: EVERYONE,
    description: 'record which result of their own search they opened',
    refuse: (actor, search) => (search.userId === actor.user.id ? null : 'a search is recorded by whoever made it'),
  } satisfies SubjectPolicy<{ userId: string }>,
  'search.curate': { roles: ['PROCESS_MANAGER', 'ADMIN'], description: 'see what agents taught the search, and remove a learned preference' },
  'exceptions.raise': { roles: EVERYONE, description: 'raise an exception for a question nothing answers, join one, flag a version in force' },
  'exceptions.readAll': { roles: EDITORIAL, description: 'see the searches behind every exception and who was told at each escalation' },
  'exceptions.manage': {
    roles: ['PROCESS_MANAGER'],
    description: 'answer, assign and resolve exceptions, keep them as cases, confirm a version in force as still right',
  },
  'review.read': { roles: EDITORIAL, description: 'see what is due for periodic review' },
  'knowledge.configure': { roles: ['ADMIN'], description: 'edit the deadlines and escalation ladders (SLA policies), the work calendar and the compliance target' },
  'reports.read': { roles: EDITORIAL, description: 'read the reports (usage, search analytics, knowledge gaps, SLA, content health, compliance) and download them as CSV' },
  'quality.inspect': { roles: ['PROCESS_MANAGER', 'APPROVER'], description: 'record inspections of real calls against the flow then in force' },
  'posts.manage': { roles: ['ADMIN'], description: 'keep the registry of the centre\'s posts and who holds them' },
  'audit.read': { roles: ['APPROVER', 'ADMIN'], description: 'read and verify the audit trail' },
  'users.manage': { roles: ['ADMIN'], description: 'list users, create them, issue and revoke their tokens' },
  'webhooks.manage': { roles: ['ADMIN'], description: 'register, rotate and disable webhook endpoints; read their delivery logs and redeliver' },
} satisfies Record<string, Policy | SubjectPolicy<never>>;

export type Action = keyof typeof POLICIES;
export const ACTIONS = Object.keys(POLICIES) as Action[];

/** The thing an action's rule looks at, for actions that have one. */
type SubjectOf<A extends Action> = (typeof POLICIES)[A] extends SubjectPolicy<infer S> ? S : never;

/** Why `actor` may not take `action` (on `subject`, when the action has a rule about it); null when they may. */
export function refusal<A extends Action>(actor: Who, action: A, subject?: SubjectOf<A>): string | null {
  const policy = POLICIES[action] as Policy & Partial<SubjectPolicy<SubjectOf<A>>>;
  if (!policy.roles.includes(actor.user.role)) return `${action} needs the role ${policy.roles.join(' or ')}; you are ${actor.user.role}`;
  return subject !== undefined && policy.refuse ? policy.refuse(actor, subject) : null;
}

export const can = <A extends Action>(actor: Who, action: A, subject?: SubjectOf<A>): boolean => refusal(actor, action, subject) === null;

/** FORBIDDEN, with the reason, unless `actor` may take `action`. */
export function authorize<A extends Action>(actor: Who, action: A, subject?: SubjectOf<A>): void {
  const reason = refusal(actor, action, subject);
  if (reason) throw forbidden(reason);
}

/** Whether each role may take each action, as the table says (rules about subjects aside). */
export const policyMatrix = (): Record<Action, Record<Role, boolean>> =>
  Object.fromEntries(ACTIONS.map((action) => [action, Object.fromEntries(ROLES.map((role) => [role, (POLICIES[action].roles as readonly Role[]).includes(role)]))])) as Record<Action, Record<Role, boolean>>;
