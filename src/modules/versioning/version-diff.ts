import { diffSections, type SectionDiff, textChanges, type TextChunk } from './diff.js';
import { kindDefinition } from './kind.js';
import type { VersionRow } from './version.entity.js';

export interface VersionDiffShape {
  from: VersionRow;
  to: VersionRow;
  changed: boolean;
  titleChanges: TextChunk[];
  sections: SectionDiff[];
}

/** What changed between two versions of one document: the title, and the content section by section as its kind divides it. */
export function diffVersions(from: VersionRow, to: VersionRow): VersionDiffShape {
  const sections = kindDefinition(from.kind).sections;
  const sectionDiffs = diffSections(sections(JSON.parse(from.content)), sections(JSON.parse(to.content)));
  const titleChanges = from.title === to.title ? [] : textChanges(from.title, to.title);
  return { from, to, titleChanges, sections: sectionDiffs, changed: titleChanges.length > 0 || sectionDiffs.some((s) => s.change !== 'UNCHANGED') };
}
