import { gqlDocument } from '../graphql';
import type { EntityKind } from './kinds';

/**
 * Every search the explorer makes goes through this module: the API's ranked `search` root field, the same one GraphiQL
 * offers, so the suggestions come in the API's order (exact name, name, alias, English name, provenance).
 */
export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string;
  /** Matched fragments by field, when the API reports them. */
  highlights?: { field: string; fragment: string }[];
}

interface SearchData {
  search: { hits: { entity: Omit<SearchHit, 'highlights'>; highlights: { field: string; fragment: string }[] }[] };
}

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const data = await gqlDocument<SearchData>('explorer/search.graphql', { text: trimmed.slice(0, 256) }, signal);
  return data.search.hits.map(h => ({ ...h.entity, highlights: h.highlights }));
}
