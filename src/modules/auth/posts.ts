/** The posts the knowledge process routes to (escalations, flags that count as a supervisor's). */
export const POSTS = ['TEAM_LEADER', 'QUALITY_MANAGER', 'CENTRE_HEAD'] as const;
export type Post = (typeof POSTS)[number];
