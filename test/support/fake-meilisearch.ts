import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// Answers the handful of Meilisearch routes the outbox dispatcher uses (index creation, settings,
// documents, stats, tasks), so tests can make a task fail — something a real server only does on
// bad data. What searching against Meilisearch does is tested against the real server.

interface Task {
  uid: number;
  indexUid: string;
  type: string;
  status: 'succeeded' | 'failed';
  error: { code: string; message: string; type: string; link: string } | null;
}

export interface FakeMeilisearch {
  url: string;
  /** "METHOD path" of every request, in order (task polling left out) */
  requests: string[];
  /** documents by index, by id */
  documents: Map<string, Map<number, Record<string, unknown>>>;
  /** indexes whose settings were set */
  settings: Set<string>;
  /** the next `times` tasks of this type fail instead of doing their work */
  failNext(type: string, times?: number, code?: string): void;
  /** refuse every batch of documents that holds one with this id, as Meilisearch fails a batch with one bad document (null: refuse none) */
  refuse(id: number | null): void;
  /** stop answering (connections refused), and answer again on the same port */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

const body = async (req: IncomingMessage): Promise<unknown> => {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? JSON.parse(text) : undefined;
};

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const tasks: Task[] = [];
  const requests: string[] = [];
  const documents = new Map<string, Map<number, Record<string, unknown>>>();
  const settings = new Set<string>();
  const failing = new Map<string, { code: string; times: number }>();
  let refused: number | null = null;

  function enqueue(indexUid: string, type: string, work: () => string | void): Task {
    const planned = failing.get(type);
    if (planned && --planned.times === 0) failing.delete(type);
    const failure = planned?.code ?? work() ?? null;
    const task: Task = {
      uid: tasks.length,
      indexUid,
      type,
      status: failure ? 'failed' : 'succeeded',
      error: failure ? { code: failure, message: `fake ${failure}`, type: 'invalid_request', link: '' } : null,
    };
    tasks.push(task);
    return task;
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const input = await body(req);
    const reply = (status: number, json: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    const enqueued = (task: Task) => reply(202, { taskUid: task.uid, indexUid: task.indexUid, status: 'enqueued', type: task.type, enqueuedAt: new Date().toISOString() });
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (task) return reply(200, tasks[Number(task[1])]);
    requests.push(`${req.method} ${path}`);

    if (req.method === 'POST' && path === '/indexes') {
      const { uid } = input as { uid: string };
      return enqueued(enqueue(uid, 'indexCreation', () => (documents.has(uid) ? 'index_already_exists' : void documents.set(uid, new Map()))));
    }
    const [, uid, rest] = /^\/indexes\/([^/]+)\/?(.*)$/.exec(path) ?? [];
    if (!uid) return reply(404, { code: 'not_found' });
    const docs = () => documents.get(uid) ?? documents.set(uid, new Map()).get(uid)!;
    if (req.method === 'PATCH' && rest === 'settings') return enqueued(enqueue(uid, 'settingsUpdate', () => void settings.add(uid)));
    if (req.method === 'POST' && rest === 'documents') {
      const batch = input as { id: number }[];
      return enqueued(
        enqueue(uid, 'documentAdditionOrUpdate', () => (batch.some((d) => d.id === refused) ? 'invalid_document_fields' : void batch.forEach((d) => docs().set(d.id, d)))),
      );
    }
    if (req.method === 'DELETE' && rest === 'documents') return enqueued(enqueue(uid, 'documentDeletion', () => docs().clear()));
    if (req.method === 'GET' && rest === 'stats') {
      return documents.has(uid) ? reply(200, { numberOfDocuments: docs().size, isIndexing: false, fieldDistribution: {} }) : reply(404, { code: 'index_not_found' });
    }
    reply(404, { code: 'not_found', message: `${req.method} ${path}` });
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections());
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    documents,
    settings,
    failNext: (type, times = 1, code = 'invalid_document_fields') => void failing.set(type, { code, times }),
    refuse: (id) => void (refused = id),
    down: close,
    up: () => listen(port),
    close: () => (server.listening ? close() : Promise.resolve()),
  };
}
