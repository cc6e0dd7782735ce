import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';
import { authHeaders } from './session';

/**
 * One client per signed-in token; the token is read on every request. A request the API refuses
 * as unauthenticated (the token revoked or expired mid-shift) signs the tab out at once, instead
 * of leaving every screen showing errors.
 */
export function createApiClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    // documents change under other people's hands: show the cache, then what the server says now
    requestPolicy: 'cache-and-network',
    // the API's CSRF protection refuses simple GETs; a JSON POST is never a simple request
    preferGetMethod: false,
    fetchOptions: () => ({ headers: authHeaders() }),
  });
}
