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

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
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
