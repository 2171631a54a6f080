import { gql } from '../graphql';
import type { EntityKind } from './kinds';

/**
 * Every search the explorer makes goes through this module. Today it asks `entities(search:)` and ranks the page
 * itself; when the API's ranked `search(text:, kinds:, first:)` root field is there, only `searchEntities` changes
 * (its query and the mapping of `hits { score entity highlights }`).
 */
export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string;
  /** Matched fragments by field, when the API reports them. */
  highlights?: { field: string; fragment: string }[];
}

const searchQuery = `query ExplorerSearch($text: String!) {
  entities(search: $text, first: 10) { nodes { id kind name nameEn } }
}`;

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const data = await gql<{ entities: { nodes: SearchHit[] } }>(searchQuery, { text: trimmed }, signal);
  return rank(data.entities.nodes, trimmed);
}

/** Exact names first, then names that start with the text, then the rest in the API's order. */
function rank(hits: SearchHit[], text: string): SearchHit[] {
  const needle = text.toLowerCase();
  const score = (h: SearchHit) => {
    const names = [h.name.toLowerCase(), h.nameEn.toLowerCase()];
    if (names.includes(needle)) return 0;
    if (names.some(n => n.startsWith(needle))) return 1;
    return 2;
  };
  return hits.map((h, i) => ({ h, i, s: score(h) })).sort((a, b) => a.s - b.s || a.i - b.i).map(x => x.h);
}
