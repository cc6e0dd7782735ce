import { spawn, type ChildProcess } from 'node:child_process';

/** A server started as a user starts it (`node dist/src/main.js`), with its address once it is ready. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Start `node dist/src/main.js` (or another command) and wait until `servers` processes say they are ready. */
export function startProcess(command: string[], env: Record<string, string>, servers = 1): Promise<ServerProcess> {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env }, detached: true });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const urls = [...output.matchAll(/ready at (http:\/\/\S+\/graphql)/g)].map((m) => m[1]!);
      if (urls.length >= servers) resolve({ child, url: urls[0]!, output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    void exited.then((code) => reject(new Error(`${command.join(' ')} exited with ${code}:\n${output}`)));
  });
}

/** Run a command to its end: its exit code and what it printed. */
export function runCommand(command: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

export const stopProcess = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') => {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
};

export const postAs = async (url: string, token: string | null, query: string, variables?: Record<string, unknown>) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] } };
};
