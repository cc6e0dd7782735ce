import { cacheExchange, Client, fetchExchange } from 'urql';
import { authHeaders } from './session';

/** One client per signed-in token; the token is read on every request so signing out takes effect at once. */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // documents change under other people's hands: show the cache, then what the server says now
    requestPolicy: 'cache-and-network',
    // the API's CSRF protection refuses simple GETs; a JSON POST is never a simple request
    preferGetMethod: false,
    fetchOptions: () => ({ headers: authHeaders() }),
  });
}
