import { diffArrays } from 'diff';
import { wordsOf } from '../../shared/words.js';

export type ChunkKind = 'EQUAL' | 'ADDED' | 'REMOVED';
export interface TextChunk {
  kind: ChunkKind;
  text: string;
}
export type SectionChange = 'ADDED' | 'REMOVED' | 'MODIFIED' | 'MOVED' | 'UNCHANGED';

/** A titled part of a version's content: a chapter's section, and the like for other kinds. */
export interface Section {
  heading: string;
  body: string;
}

export interface SectionDiff {
  change: SectionChange;
  fromNumber: number | null;
  toNumber: number | null;
  heading: string;
  headingChanges: TextChunk[];
  bodyChanges: TextChunk[];
}

/** Word-level changes (Chinese segmented into words), each run of one kind as one chunk. */
export function textChanges(from: string, to: string): TextChunk[] {
  const chunks: TextChunk[] = [];
  for (const part of diffArrays(wordsOf(from), wordsOf(to))) {
    const kind: ChunkKind = part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'EQUAL';
    const last = chunks.at(-1);
    if (last?.kind === kind) last.text += part.value.join('');
    else chunks.push({ kind, text: part.value.join('') });
  }
  return chunks;
}

const similarity = (a: string, b: string) => {
  const same = textChanges(a, b).reduce((n, c) => n + (c.kind === 'EQUAL' ? c.text.length : 0), 0);
  return (2 * same) / Math.max(1, a.length + b.length);
};

/**
 * Align two lists of sections by heading, then show text changes inside each pair. A section
 * whose heading changed but whose body is mostly the same is reported as MODIFIED, not as a
 * removal plus an addition.
 */
export function diffSections(from: Section[], to: Section[]): SectionDiff[] {
  const result: SectionDiff[] = [];
  let i = 0;
  let j = 0;
  const pending: { removed: number[]; added: number[] } = { removed: [], added: [] };

  const flush = () => {
    const { removed, added } = pending;
    while (removed.length > 0 || added.length > 0) {
      const r = removed[0];
      const a = added[0];
      if (r !== undefined && a !== undefined && similarity(from[r]!.body, to[a]!.body) >= 0.5) {
        result.push(pair(from, to, r, a));
        removed.shift();
        added.shift();
      } else if (r !== undefined) {
        result.push({ change: 'REMOVED', fromNumber: r + 1, toNumber: null, heading: from[r]!.heading, headingChanges: [], bodyChanges: [{ kind: 'REMOVED', text: from[r]!.body }] });
        removed.shift();
      } else {
        result.push({ change: 'ADDED', fromNumber: null, toNumber: a! + 1, heading: to[a!]!.heading, headingChanges: [], bodyChanges: [{ kind: 'ADDED', text: to[a!]!.body }] });
        added.shift();
      }
    }
  };

  for (const part of diffArrays(from.map((s) => s.heading), to.map((s) => s.heading))) {
    for (let k = 0; k < part.count!; k++) {
      if (part.removed) pending.removed.push(i++);
      else if (part.added) pending.added.push(j++);
      else {
        flush();
        result.push(pair(from, to, i++, j++));
      }
    }
  }
  flush();
  return movedAsOne(from, to, result);
}

/**
 * A section (a flow's node, whose heading is its key) that moved in the list comes out of the
 * alignment as a removal at one place and an addition at another: report it once, where it now
 * stands, as MOVED (or MODIFIED when its text changed too).
 */
function movedAsOne(from: Section[], to: Section[], diffs: SectionDiff[]): SectionDiff[] {
  const removedAt = new Map(diffs.filter((d) => d.change === 'REMOVED').map((d) => [d.heading, d]));
  const joined = new Set<SectionDiff>();
  const result = diffs.map((d) => {
    const removed = d.change === 'ADDED' ? removedAt.get(d.heading) : undefined;
    if (!removed || joined.has(removed)) return d;
    joined.add(removed);
    const both = pair(from, to, removed.fromNumber! - 1, d.toNumber! - 1);
    return { ...both, change: both.change === 'UNCHANGED' ? ('MOVED' as const) : both.change };
  });
  return result.filter((d) => !joined.has(d));
}

function pair(from: Section[], to: Section[], i: number, j: number): SectionDiff {
  const a = from[i]!;
  const b = to[j]!;
  const same = a.heading === b.heading && a.body === b.body;
  return {
    change: same ? 'UNCHANGED' : 'MODIFIED',
    fromNumber: i + 1,
    toNumber: j + 1,
    heading: b.heading,
    headingChanges: a.heading === b.heading ? [] : textChanges(a.heading, b.heading),
    bodyChanges: a.body === b.body ? [] : textChanges(a.body, b.body),
  };
}
