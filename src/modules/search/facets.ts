import type { FacetCounts, FacetName, SearchFilterValues } from './engine.js';
import { FACETS } from './engine.js';

/** A match's scope, as facets see it. */
export interface FacetRow {
  kind: string;
  channels: string[];
  brands: string[];
  businessCodes: string[];
  flowClass: string | null;
}

const valuesOf: Record<FacetName, (row: FacetRow) => string[]> = {
  kinds: (r) => [r.kind],
  channels: (r) => r.channels,
  brands: (r) => r.brands,
  businessCodes: (r) => r.businessCodes,
  flowClasses: (r) => (r.flowClass ? [r.flowClass] : []),
};

/** The filter's values for one facet (empty: no condition). */
export const wantedOf = (filter: SearchFilterValues, facet: FacetName): string[] => filter[facet] ?? [];

/** Whether the row passes every filter, leaving out `except`'s own. */
export function passesFilter(row: FacetRow, filter: SearchFilterValues, except?: FacetName): boolean {
  return FACETS.every((facet) => {
    const wanted = wantedOf(filter, facet);
    return facet === except || wanted.length === 0 || valuesOf[facet](row).some((v) => wanted.includes(v));
  });
}

const sorted = (counts: Map<string, number>) => [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

/** Counts per value for every facet; each facet applies every filter except its own (disjunctive facets). */
export function countFacets(rows: FacetRow[], filter: SearchFilterValues): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  for (const row of rows) {
    for (const facet of FACETS) {
      if (!passesFilter(row, filter, facet)) continue;
      for (const value of new Set(valuesOf[facet](row))) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(FACETS.map((f) => [f, sorted(counts[f])])) as FacetCounts;
}
