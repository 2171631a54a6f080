import documents from 'virtual:persisted-documents';

export interface Example {
  /** Path under schema/queries/, e.g. "hydrogen-supporters.graphql" or "curation/audit-trail.graphql". */
  path: string;
  /** Its trusted-document id: `sha256:` + the SHA-256 of the file, what `sha256sum` prints. */
  id: string;
  /** The operation's name, e.g. "HydrogenSupporters". */
  name: string;
  /** The comment on its first line. */
  title: string;
  query: string;
  variables?: string;
}

/** Variables the examples need to run as they are. */
const exampleVariables: Record<string, string> = {
  'search.graphql': '{ "text": "氢" }',
  'curation/rename-institute.graphql': '{ "expectedVersion": 1 }',
};

/**
 * The example operations of schema/queries/, embedded at build time (the same files the API's tests run and its
 * trusted-document manifest holds), without the pages' own operations (explorer/, home/).
 */
export const examples: Example[] = Object.entries(documents)
  .filter(([path]) => !path.startsWith('explorer/') && !path.startsWith('home/'))
  .map(([path, { id, text: query }]) => {
    const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(query)?.[1] ?? path;
    const title = /^#\s*(.+)$/m.exec(query)?.[1] ?? name;
    return { path, id, name, title, query, variables: exampleVariables[path] };
  })
  // Reading before writing: queries first, curation last; the hydrogen question leads.
  .sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));

function rank(e: Example): number {
  if (e.path === 'hydrogen-supporters.graphql') return 0;
  return e.path.includes('/') ? 2 : 1;
}
