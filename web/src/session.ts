/**
 * The bearer token is typed once per browser tab and kept in sessionStorage: it survives a reload
 * mid-call but not the tab, so a shared desk does not stay signed in as the last agent.
 */
const KEY = 'hotline-kb.token';

export const readToken = (): string | null => sessionStorage.getItem(KEY);
export const saveToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(KEY);

/** Headers for the plain fetches (flow charts, CSV downloads) that go around the GraphQL client. */
export function authHeaders(): Record<string, string> {
  const token = readToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
