import documents from 'virtual:persisted-documents';

/** The one way the pages talk to the API: POST /graphql on the same origin. */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class GraphQLRequestError extends Error {
  constructor(message: string, readonly errors: GraphQLError[]) {
    super(message);
  }
}

export const endpoint = '/graphql';

/**
 * Runs an operation of schema/queries/ by its trusted-document id (the API's manifest holds them all, so this works
 * when the API runs only trusted documents). `path` is the file's path there, e.g. "explorer/neighborhood.graphql".
 */
export function gqlDocument<T>(path: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const document = documents[path];
  if (!document) throw new Error(`No operation ${path} in schema/queries/.`);
  return post<T>({ documentId: document.id, variables }, signal);
}

async function post<T>(request: { documentId: string; variables: Record<string, unknown> }, signal?: AbortSignal): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(request),
    signal,
  });
  let body: { data?: T | null; errors?: GraphQLError[] } | undefined;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} without a GraphQL result.`, []);
  }
  if (body?.errors?.length && !body.data) {
    throw new GraphQLRequestError(body.errors.map(e => e.message).join(' '), body.errors);
  }
  if (!body?.data) {
    throw new GraphQLRequestError(`The API answered ${response.status} without data.`, []);
  }
  return body.data;
}
