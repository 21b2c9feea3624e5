// The page's one way to call the server: POST the typed operation to /graphql (same origin, so
// no request leaves the machine) and return its typed data, or throw with the server's message.
import type { TypedDocumentString } from './gql/graphql';

export const endpoint = '/graphql';

export class GraphQLError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export async function execute<TResult, TVariables>(
  operation: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: operation.toString(), variables }),
  });
  let answer: Answer<TResult>;
  try {
    answer = (await response.json()) as Answer<TResult>;
  } catch {
    throw new GraphQLError(`HTTP ${response.status}`);
  }
  const first = answer.errors?.[0];
  if (first) throw new GraphQLError(first.message, first.extensions?.code, first.extensions?.field);
  if (!answer.data) throw new GraphQLError(`HTTP ${response.status}`);
  return answer.data;
}
