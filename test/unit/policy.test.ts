import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, authorize, can, policyMatrix, refusal } from '../../src/policies/policy.js';
import { ROLES, type Role } from '../../src/shared/actor.js';
import { projectRoot } from '../../src/shared/project-root.js';

const as = (role: Role, id = 'u-1') => ({ user: { id, role } });

describe('the policy table', () => {
  it('is the table the README shows', () => {
    const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([\w.]+)` — [^|]+((?:\|[^|\n]*){4})\|$/gm)].map(([, action, cells]) => [action, cells!.split('|').slice(1).map((c) => c.trim() === '✓')] as const);
    const matrix = policyMatrix();
    expect(rows.map(([action]) => action)).toEqual(ACTIONS);
    for (const [action, allowed] of rows) expect(allowed, action).toEqual(ROLES.map((role) => matrix[action as keyof typeof matrix][role]));
  });

  it('lets nobody approve a version they wrote, and says why', () => {
    expect(can(as('APPROVER', 'a'), 'content.review', { authorId: 'b' })).toBe(true);
    expect(refusal(as('APPROVER', 'a'), 'content.review', { authorId: 'a' })).toMatch(/nobody may approve a version they authored/);
    expect(() => authorize(as('PROCESS_MANAGER', 'a'), 'content.review', { authorId: 'b' })).toThrow(/needs the role APPROVER; you are PROCESS_MANAGER/);
  });

  it('records a click on one’s own search only', () => {
    expect(can(as('AGENT', 'a'), 'search.record', { userId: 'a' })).toBe(true);
    expect(can(as('AGENT', 'a'), 'search.record', { userId: 'b' })).toBe(false);
  });
});
