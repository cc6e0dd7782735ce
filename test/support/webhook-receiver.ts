import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: Record<string, string>;
  body: string;
  /** the status it was answered with */
  status: number;
}

/**
 * A webhook receiver on 127.0.0.1 over real HTTP: records every request and answers with what
 * `answer` says (204 by default; null: no answer at all, the connection left open). It can be
 * stopped and started again on the same port.
 */
export async function startReceiver() {
  const requests: Received[] = [];
  let answer: (r: Omit<Received, 'status'>) => number | null = () => 204;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const headers = flat(req.headers);
      const status = answer({ headers, body });
      if (status === null) return;
      requests.push({ headers, body, status });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status < 300 ? '' : `refused with ${status}`);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/kb`,
    requests,
    /** the requests answered 2xx, each body parsed */
    delivered: () => requests.filter((r) => r.status < 300).map((r) => ({ id: r.headers['webhook-id']!, ...(JSON.parse(r.body) as { type: string; occurredAt: string; data: Record<string, unknown> }) })),
    answerWith(fn: (r: Omit<Received, 'status'>) => number | null) {
      answer = fn;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async start() {
      server.listen(port, '127.0.0.1');
      await once(server, 'listening');
    },
  };
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const flat = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
