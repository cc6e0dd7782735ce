import { readFileSync } from 'node:fs';
import { type ArgumentNode, type DocumentNode, Kind, type ObjectFieldNode, type OperationDefinitionNode, parse, print, visit } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// The README's examples, run as a reader runs them: over HTTP, against a freshly seeded database
// with the demo users, each as the token the README names beside it (a `# as demo-…:` comment, a
// curl's bearer token, the sentence before the block) or else as the least-privileged role the
// README's access table lets run it. An example must answer without errors and with data. A `"…"`
// is filled from the answers before it in its block (`chapterId: "…"` from a `chapter { id }`,
// `versionId: "…"` from a `version { id }`), else from PLACEHOLDERS below; `"<queryId from 1>"` from
// the answer of step 1 of its block. An example that can be neither run nor filled fails.

// Webhook endpoints must resolve to public addresses (checked at registration); the test machine
// may have no DNS, so example.com is given the public address IANA publishes for it.
vi.mock('node:dns/promises', async (importOriginal) => {
  const dns = await importOriginal<typeof import('node:dns/promises')>();
  const lookup = (async (host: string, options: unknown) =>
    host === 'example.com' ? [{ address: '93.184.215.14', family: 4 }] : (dns.lookup as (h: string, o: unknown) => Promise<unknown>)(host, options)) as typeof dns.lookup;
  return { ...dns, lookup, default: { ...dns, lookup } };
});

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * What a `"…"` means when no answer before it in its block gives it: `field.argument` → a query of
 * the seeded data (run as demo-manager) and how to read the id from its answer.
 */
const PLACEHOLDERS: Record<string, { means: string; query: string; pick: (data: any) => unknown }> = {
  'diffVersions.fromVersionId': {
    means: "the id of chapter 3's version 1",
    query: '{ chapter(number: 3) { versions(first: 100) { edges { node { id versionNumber } } } } }',
    pick: (d) => d.chapter.versions.edges.find((e: any) => e.node.versionNumber === 1)?.node.id,
  },
  'diffVersions.toVersionId': {
    means: "the id of chapter 3's version 2",
    query: '{ chapter(number: 3) { versions(first: 100) { edges { node { id versionNumber } } } } }',
    pick: (d) => d.chapter.versions.edges.find((e: any) => e.node.versionNumber === 2)?.node.id,
  },
};

type Answer = Record<string, any>;

interface Example {
  /** README line where it starts */
  line: number;
  /** the block it belongs to (its answers fill the placeholders after it) */
  block: number;
  /** the step number of a `# 1. …` comment it follows, in a shell block */
  step?: number;
  /** the demo token the README names for it, if it names one */
  token?: string;
  source: string;
  run:
    | { kind: 'graphql'; query: string; variables?: Record<string, unknown> }
    | { kind: 'get'; path: string };
}

// ---------------------------------------------------------------- reading the README

const DEMO_TOKEN = /\bdemo-(?:agent|manager|approver|admin)\b/g;

/** The demo users' table: token by role. */
function demoTokens(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of README.matchAll(/^\| `(demo-[a-z]+)` \| ([A-Z_]+) \|/gm)) out.set(m[2]!, m[1]!);
  return out;
}

/** The access table: the roles each action allows, and the roles in column order. */
function accessTable(): { roles: string[]; allows: Map<string, Set<string>> } {
  const lines = README.split('\n');
  const header = lines.findIndex((l) => /^\| action \|/.test(l));
  if (header < 0) throw new Error('README: the access table (| action | AGENT | …) is missing');
  const roles = lines[header]!.split('|').slice(2, -1).map((c) => c.trim());
  const allows = new Map<string, Set<string>>();
  for (const row of lines.slice(header + 2)) {
    if (!row.startsWith('|')) break;
    const cells = row.split('|').slice(1, -1);
    const action = /`([\w.]+)`/.exec(cells[0]!)?.[1];
    if (!action) continue;
    allows.set(action, new Set(roles.filter((_, i) => cells[i + 1]!.includes('✓'))));
  }
  return { roles, allows };
}

/** The operations of a graphql block, one per `{ … }`, `query …` or `mutation …`, with the token a `# as demo-…:` comment names. */
function graphqlOperations(text: string, firstLine: number, block: number, sentenceToken: string | undefined, problems: string[]): Example[] {
  const out: Example[] = [];
  let token = sentenceToken;
  let depth = 0;
  let start = -1;
  let startLine = 0;
  let inString = false;
  const lines = text.split('\n');
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    if (depth === 0 && start < 0 && line.trim().startsWith('#')) {
      const named = line.match(DEMO_TOKEN);
      if (named) token = named[0];
      offset += line.length + 1;
      continue;
    }
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!;
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (depth === 0 && start < 0 && /\S/.test(c)) {
        if (!/^(\{|query\b|mutation\b)/.test(line.slice(j))) {
          problems.push(`README line ${firstLine + i}: not an operation (\`{ … }\`, \`query …\`, \`mutation …\`) nor a # comment: ${line.trim()}`);
          break;
        }
        start = offset + j;
        startLine = firstLine + i;
        if (c === '{') depth++;
      } else if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0 && start >= 0) {
          const source = text.slice(start, offset + j + 1);
          out.push({ line: startLine, block, token, source, run: { kind: 'graphql', query: source } });
          start = -1;
        }
      }
    }
    offset += line.length + 1;
  }
  if (start >= 0) problems.push(`README line ${startLine}: an operation whose braces never close`);
  return out;
}

/** Split a shell command into words: single and double quotes, $VARIABLES from the block's assignments. */
function shellWords(command: string, variables: Map<string, string>): string[] {
  const words: string[] = [];
  let word: string | null = null;
  const expand = (s: string) => s.replace(/\$(\w+)|\$\{(\w+)\}/g, (_, a: string | undefined, b: string | undefined) => variables.get((a ?? b)!) ?? '');
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      word = (word ?? '') + command.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; command[j] !== '"'; j++) s += command[j] === '\\' ? command[++j] : command[j];
      word = (word ?? '') + expand(s);
      i = j;
    } else if (c === '$') {
      const m = /^\$(\w+)|^\$\{(\w+)\}/.exec(command.slice(i))!;
      word = (word ?? '') + expand(m[0]);
      i += m[0].length - 1;
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + c;
  }
  if (word !== null) words.push(word);
  return words;
}

/** The curl calls of a shell block: POSTs to /graphql (the JSON after -d) and GETs of /flows/….svg and /reports/….csv. */
function shellExamples(text: string, firstLine: number, block: number, sentenceToken: string | undefined, problems: string[]): Example[] {
  const out: Example[] = [];
  const variables = new Map<string, string>();
  let step: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = firstLine + i;
    let command = lines[i]!;
    while (command.endsWith('\\') && i + 1 < lines.length) command = command.slice(0, -1) + lines[++i]!;
    const trimmed = command.trim();
    const numbered = /^#\s*(\d+)\./.exec(trimmed);
    if (numbered) step = Number(numbered[1]);
    const assignment = /^(\w+)=(.*)$/.exec(trimmed);
    if (assignment) variables.set(assignment[1]!, shellWords(assignment[2]!, variables).join(' '));
    if (!/^curl\b/.test(trimmed)) {
      // a command other than curl that calls the API (its comment may name an address)
      const code = trimmed.replace(/(^|\s)#.*$/, '');
      if (!assignment && /localhost:\d+\/(graphql|flows|reports)/.test(code)) problems.push(`README line ${line}: calls the API without curl: ${trimmed}`);
      continue;
    }
    const words = shellWords(trimmed, variables);
    let data: string | undefined;
    let token: string | undefined;
    let url: string | undefined;
    for (let w = 1; w < words.length; w++) {
      const word = words[w]!;
      if (word === '-d' || word === '--data') data = words[++w];
      else if (word === '-H' || word === '--header') {
        const header = words[++w]!;
        const bearer = /^authorization:\s*Bearer\s+(\S+)$/i.exec(header);
        if (bearer) token = bearer[1];
      } else if (word === '-o' || word === '--output') w++;
      else if (!word.startsWith('-')) url = word;
    }
    const address = url ? new URL(url.startsWith('http') ? url : `http://${url}`) : undefined;
    const path = address ? address.pathname + address.search : undefined;
    const who = token ?? sentenceToken;
    if (path === '/graphql' && data !== undefined) {
      let body: { query: string; variables?: Record<string, unknown> };
      try {
        body = JSON.parse(data) as typeof body;
      } catch (error) {
        problems.push(`README line ${line}: the JSON after -d does not parse: ${(error as Error).message}`);
        continue;
      }
      out.push({ line, block, step, token: who, source: trimmed, run: { kind: 'graphql', query: body.query, variables: body.variables } });
    } else if (path && /^\/(flows\/[\w-]+\.svg|reports\/\w+\.csv)(\?|$)/.test(path)) {
      out.push({ line, block, step, token: who, source: trimmed, run: { kind: 'get', path } });
    } else problems.push(`README line ${line}: a curl the test cannot run (a POST to /graphql with -d, or a GET of /flows/….svg or /reports/….csv): ${trimmed}`);
  }
  return out;
}

/** Every example of the README, in order, and what could not be read. */
function readmeExamples(): { examples: Example[]; problems: string[] } {
  const lines = README.split('\n');
  const examples: Example[] = [];
  const problems: string[] = [];
  let block = 0;
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    const body = lines.slice(i + 1, end).join('\n');
    // the paragraph just before the block
    let p = i - 1;
    while (p >= 0 && lines[p]!.trim() === '') p--;
    const paragraph: string[] = [];
    for (; p >= 0 && lines[p]!.trim() !== '' && !lines[p]!.startsWith('```'); p--) paragraph.unshift(lines[p]!);
    const named = [...new Set(paragraph.join(' ').match(DEMO_TOKEN) ?? [])];
    if (named.length > 1) problems.push(`README line ${i + 1}: the sentence before the block names several tokens (${named.join(', ')})`);
    block++;
    if (fence[1] === 'graphql') examples.push(...graphqlOperations(body, i + 2, block, named[0], problems));
    else if (fence[1] === 'sh') examples.push(...shellExamples(body, i + 2, block, named[0], problems));
    i = end;
  }
  return { examples, problems };
}

// ---------------------------------------------------------------- running them

/** The action each query and mutation is guarded by, as its @Allow declares it (after the schema is built). */
function actionsByField(): Map<string, string> {
  const storage = getMetadataStorage();
  const out = new Map<string, string>();
  for (const handler of [...storage.queries, ...storage.mutations]) {
    const found = storage.authorizedFields.find((a) => a.target === handler.target && a.fieldName === handler.methodName)?.roles[0];
    if (found) out.set(handler.schemaName, found as string);
  }
  return out;
}

/** The object at `key` holding an `id`, or a value at `key` itself, searched depth first. */
function findKey(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (key in record && record[key] !== null && typeof record[key] !== 'object') return record[key];
  for (const v of Object.values(record)) {
    const found = findKey(v, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `versionId` → the `id` of a `version` object (or a `versionId` value) in an answer; a bare `id` names nothing. */
function idFrom(answer: Answer, name: string): unknown {
  if (name === 'id') return undefined;
  const direct = findKey(answer, name);
  if (direct !== undefined) return direct;
  const object = /^(\w+)Id$/.exec(name)?.[1];
  if (!object) return undefined;
  const walk = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return undefined;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === object && v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>).id === 'string') return (v as Record<string, unknown>).id;
      const found = walk(v);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(answer);
}

const FROM_STEP = /^<(\w+) from (\d+)>$/;

let app: TestApp;
let origin: string;
const { examples, problems } = readmeExamples();
/** answers so far, per block, newest last; and per block and step */
const answers = new Map<number, Answer[]>();
const stepAnswers = new Map<string, Answer[]>();
let filled = 0;
let ran = 0;

beforeAll(async () => {
  app = await startTestApp({ seed: true, demoUsers: true });
  origin = app.url.replace(/\/graphql$/, '');
}, 120_000);

afterAll(async () => {
  console.log(`README examples: ${ran} of ${examples.length} ran on a freshly seeded database (${filled} placeholders filled${emptyLists.length ? `; answered with an empty list: ${emptyLists.join(', ')}` : ''})`);
  await app?.close();
});

const post = async (token: string, query: string, variables?: Record<string, unknown>) => {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Answer | null; errors?: unknown[] } };
};

/** The query with every `"…"` argument filled, or the reason it cannot be. */
async function fill(example: Example, document: DocumentNode): Promise<DocumentNode> {
  const earlier = [...(answers.get(example.block) ?? [])].reverse();
  const wanted: { name: string; root: string }[] = [];
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    visit(selection, {
      Argument: (node) => void (node.value.kind === Kind.STRING && node.value.value === '…' && wanted.push({ name: node.name.value, root: selection.name.value })),
      ObjectField: (node) => void (node.value.kind === Kind.STRING && node.value.value === '…' && wanted.push({ name: node.name.value, root: selection.name.value })),
    });
  }
  const values = new Map<string, string>();
  for (const { name, root } of wanted) {
    let value = earlier.map((a) => idFrom(a, name)).find((v) => v !== undefined);
    const known = PLACEHOLDERS[`${root}.${name}`];
    if (value === undefined && known) {
      const answer = await post('demo-manager', known.query);
      value = answer.body.data ? known.pick(answer.body.data) : undefined;
      if (value === undefined) throw new Error(`README line ${example.line}: ${root}(${name}: "…") means ${known.means}, which the seeded data does not hold: ${JSON.stringify(answer.body)}`);
    }
    if (value === undefined) {
      throw new Error(`README line ${example.line}: ${root}(${name}: "…") can be filled neither from an answer before it in its block nor from PLACEHOLDERS: write the example so that it runs as written, or say where the value comes from`);
    }
    values.set(name, String(value));
    filled++;
  }
  const replace = (node: ArgumentNode | ObjectFieldNode) =>
    node.value.kind === Kind.STRING && node.value.value === '…' ? { ...node, value: { ...node.value, value: values.get(node.name.value)! } } : undefined;
  return visit(document, { Argument: replace, ObjectField: replace });
}

/** Variables with every `"<key from N>"` filled from step N's answers. */
function fillVariables(example: Example, value: unknown): unknown {
  if (typeof value === 'string') {
    if (value === '…') throw new Error(`README line ${example.line}: a "…" in the variables: say where it comes from ("<key from N>")`);
    const from = FROM_STEP.exec(value);
    if (!from) return value;
    const source = stepAnswers.get(`${example.block}:${from[2]}`);
    const found = source?.map((a) => findKey(a, from[1]!)).find((v) => v !== undefined);
    if (found === undefined) throw new Error(`README line ${example.line}: "${value}", but step ${from[2]} of its block gave no ${from[1]}`);
    filled++;
    return found;
  }
  if (Array.isArray(value)) return value.map((v) => fillVariables(example, v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillVariables(example, v)]));
  return value;
}

/** An answer with data: no field at the top null. */
const nullFields = (data: Answer) => Object.entries(data).filter(([, v]) => v === null).map(([k]) => k);
/** examples answered with an empty list at the top (step 2 of the knowledge process, before anything similar is open), reported beside the count */
const emptyLists: string[] = [];

describe('the README', () => {
  it('has examples, and every one of them can be read', () => {
    expect(examples.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  let actions: Map<string, string>;
  let roles: string[];
  let allows: Map<string, Set<string>>;
  let tokens: Map<string, string>;
  beforeAll(() => {
    actions = actionsByField();
    ({ roles, allows } = accessTable());
    tokens = demoTokens();
  });

  /** The demo token of the least-privileged role (fewest ✓ in the table) allowed every field at the top of the operation. */
  const leastPrivileged = (example: Example, document: DocumentNode): string => {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
    const needed = fields.flatMap((f) => {
      const action = actions.get(f);
      if (action && !allows.has(action)) throw new Error(`README line ${example.line}: ${f} needs ${action}, which the README's access table does not list`);
      return action ? [action] : [];
    });
    const rights = (role: string) => [...allows.values()].filter((s) => s.has(role)).length;
    const role = roles.filter((r) => needed.every((a) => allows.get(a)!.has(r))).sort((a, b) => rights(a) - rights(b) || roles.indexOf(a) - roles.indexOf(b))[0];
    if (!role) throw new Error(`README line ${example.line}: no single role may run ${fields.join(', ')} (${needed.join(', ')})`);
    const token = tokens.get(role);
    if (!token) throw new Error(`README line ${example.line}: the README's demo users have no token for ${role}`);
    return token;
  };

  // the embedded search engine is SQLite's FTS5; a PostgreSQL deployment searches through Meilisearch,
  // so there a block that searches (and the steps that use its answers) is skipped, saying so
  const SEARCHES = /\b(search|suggest|similarOpenExceptions)\s*\(/;
  const searchBlocks = new Set(examples.filter((e) => e.run.kind === 'graphql' && SEARCHES.test(e.run.query)).map((e) => e.block));
  if (onPostgres) console.log(`README examples: ${examples.filter((e) => searchBlocks.has(e.block)).length} in blocks that search SKIPPED on PostgreSQL (the embedded engine is SQLite FTS5)`);

  for (const example of examples) {
    const title = `line ${example.line}: ${example.source.replace(/\s+/g, ' ').slice(0, 90)}`;
    it.skipIf(onPostgres && searchBlocks.has(example.block))(title, { timeout: 30_000 }, async () => {
      if (example.run.kind === 'get') {
        const res = await fetch(`${origin}${example.run.path}`, { headers: example.token ? { authorization: `Bearer ${example.token}` } : {} });
        const body = await res.text();
        expect(res.status, body.slice(0, 500)).toBe(200);
        expect(res.headers.get('content-type')).toMatch(example.run.path.includes('.svg') ? /image\/svg\+xml/ : /text\/csv/);
        expect(body.length).toBeGreaterThan(100);
        ran++;
        return;
      }
      let document: DocumentNode;
      try {
        document = parse(example.run.query);
      } catch (error) {
        throw new Error(`README line ${example.line}: the operation does not parse: ${(error as Error).message}`, { cause: error });
      }
      const token = example.token ?? leastPrivileged(example, document);
      const query = print(await fill(example, document));
      const variables = example.run.variables ? (fillVariables(example, example.run.variables) as Record<string, unknown>) : undefined;
      const { status, body } = await post(token, query, variables);
      expect(body.errors, `README line ${example.line}, as ${token}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(status).toBe(200);
      expect(body.data, `README line ${example.line}: no data`).toBeTruthy();
      expect(nullFields(body.data!), `README line ${example.line}, as ${token}: answered ${JSON.stringify(body.data).slice(0, 300)}`).toEqual([]);
      for (const [field, value] of Object.entries(body.data!)) if (Array.isArray(value) && value.length === 0) emptyLists.push(`line ${example.line} ${field}`);
      answers.set(example.block, [...(answers.get(example.block) ?? []), body.data!]);
      if (example.step !== undefined) stepAnswers.set(`${example.block}:${example.step}`, [...(stepAnswers.get(`${example.block}:${example.step}`) ?? []), body.data!]);
      ran++;
    });
  }
});
