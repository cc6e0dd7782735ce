import { badInput } from '../../shared/errors.js';

export interface Section {
  heading: string;
  body: string;
}

/** A change to one section, named by its number (1-based, as readers see it). */
export interface SectionPatch {
  number: number;
  heading?: string | null;
  body?: string | null;
}

/**
 * Apply section changes to a chapter's sections without touching the others. Numbers refer to the
 * sections as they are before the change: a number that exists changes the fields given; the
 * numbers just past the last append, in order (both heading and body); `remove` drops sections.
 * Anything else is refused naming the entry, so a one-section edit can never delete the rest.
 */
export function patchSections(current: Section[], patches: SectionPatch[], remove: number[] = []): Section[] {
  const next = current.map((s) => ({ ...s }));
  const seen = new Set<number>();
  patches.forEach((p, i) => {
    const field = `sections.${i}`;
    if (seen.has(p.number)) throw badInput(`${field}.number`, `section ${p.number} is named twice`);
    seen.add(p.number);
    const given = { heading: p.heading ?? undefined, body: p.body ?? undefined };
    if (given.heading === undefined && given.body === undefined) throw badInput(field, 'names nothing to change: give heading, body or both');
    if (p.number >= 1 && p.number <= current.length) {
      const section = next[p.number - 1]!;
      if (given.heading !== undefined) section.heading = given.heading;
      if (given.body !== undefined) section.body = given.body;
    } else if (p.number === next.length + 1) {
      if (given.heading === undefined || given.body === undefined) throw badInput(field, `appends section ${p.number}: give both heading and body`);
      next.push({ heading: given.heading, body: given.body });
    } else {
      throw badInput(`${field}.number`, `must be a section of this draft (1–${current.length}) or the next one to append (${next.length + 1})`);
    }
  });
  const dropped = new Set<number>();
  remove.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1 || n > next.length) throw badInput(`removeSections.${i}`, `must be a section of this draft (1–${next.length})`);
    if (dropped.has(n)) throw badInput(`removeSections.${i}`, `section ${n} is named twice`);
    if (seen.has(n)) throw badInput(`removeSections.${i}`, `section ${n} is also changed in sections`);
    dropped.add(n);
  });
  return next.filter((_, i) => !dropped.has(i + 1));
}

/** The patch that turns `current` into `wanted` (every section rewritten, the surplus removed). */
export function replacingAll(current: Section[], wanted: Section[]): { sections: SectionPatch[]; removeSections: number[] } {
  return {
    sections: wanted.map((s, i) => ({ number: i + 1, ...s })),
    removeSections: current.slice(wanted.length).map((_, i) => wanted.length + i + 1),
  };
}
