import { gqlDocument } from '../graphql';
import type { EntityKind, RelationshipKind } from './kinds';

export type Basis = 'STATED' | 'SAME_PARAGRAPH' | 'INFERRED' | 'EXTERNAL';

export interface GraphNode { id: string; kind: EntityKind; label: string; labelEn: string }
export interface GraphEdge { id: string; source: string; target: string; kind: RelationshipKind; basis: Basis }
export interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean }

export interface Provenance { section: string; quote: string; basis: Basis; source: string | null }
export interface Measurement { year: number; role: string; value: number | null; unit: string | null; text: string; qualifier: string }
export interface EntityDetails {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string;
  aliases: string[];
  attributes: { key: string; value: string }[];
  provenance: Provenance[];
  unit?: string | null;
  year?: number | null;
  values?: Measurement[];
  indicator?: { id: string; name: string; nameEn: string; unit: string | null; values: Measurement[] } | null;
}

export interface PathStep { edgeId: string; kind: RelationshipKind; direction: 'INCOMING' | 'OUTGOING'; entity: GraphNode }
export interface Supporter { depth: number; entity: GraphNode; path: PathStep[] }
export interface SupportersResult { root: GraphNode; totalCount: number; truncated: boolean; nodes: Supporter[] }

/** The API's neighborhood cap is 500 nodes. */
export const maxNodes = 500;

export async function loadNeighborhood(id: string, depth: number, kinds: RelationshipKind[] | null, signal?: AbortSignal): Promise<Subgraph> {
  const data = await gqlDocument<{ neighborhood: Subgraph }>(
    'explorer/neighborhood.graphql',
    { id, depth, kinds, maxNodes },
    signal,
  );
  return data.neighborhood;
}

export async function loadEntity(id: string, signal?: AbortSignal): Promise<EntityDetails> {
  const data = await gqlDocument<{ node: EntityDetails }>(
    'explorer/entity.graphql',
    { id },
    signal,
  );
  return data.node;
}

/** Names of sections (and chapters, the plan) cited by provenance, by id. */
export async function loadNames(ids: string[], signal?: AbortSignal): Promise<Map<string, { name: string; nameEn: string }>> {
  const unique = [...new Set(ids)].slice(0, 100);
  if (unique.length === 0) return new Map();
  const data = await gqlDocument<{ nodes: ({ id: string; name: string; nameEn: string } | null)[] }>(
    'explorer/names.graphql',
    { ids: unique },
    signal,
  ).catch(() => ({ nodes: [] }));
  return new Map(data.nodes.filter(n => n !== null).map(n => [n!.id, n!]));
}

export async function loadSupporters(id: string, maxDepth: number, signal?: AbortSignal): Promise<SupportersResult | null> {
  // Ids are <kind>:<slug>: only targets and goals have supporters, and asking for one type keeps the query's cost down.
  const operation = id.startsWith('target:') ? 'explorer/supporters-target.graphql' : id.startsWith('goal:') ? 'explorer/supporters-goal.graphql' : null;
  if (!operation) return null;
  const data = await gqlDocument<{ node: (GraphNode & { supporters?: Omit<SupportersResult, 'root'> }) | null }>(operation, { id, maxDepth }, signal);
  const node = data.node;
  if (!node?.supporters) return null;
  const { supporters, ...root } = node;
  return { root, ...supporters };
}
