/**
 * Follows the API's change feed: the `changed` subscription over Server-Sent Events (the graphql-sse protocol,
 * GET /graphql/stream, which an EventSource can open). After the server completes a stream (idle) or the
 * connection drops, it resumes from the last sequence it saw, so no change is missed; refused (too many streams),
 * it waits longer before the next try.
 */
export interface Change { sequence: number; subject: string }

const subscription = 'subscription Changed($after: Int) { changed(after: $after) { sequence subject } }';

export function followChanges(onChange: (change: Change) => void, onOpen: () => void = () => {}): () => void {
  let last: number | null = null;
  let source: EventSource | null = null;
  let stopped = false;
  let retry: number | undefined;
  let delay = 1000;

  const reconnect = () => {
    source?.close();
    source = null;
    window.clearTimeout(retry);
    if (stopped) return;
    retry = window.setTimeout(open, delay);
    delay = Math.min(delay * 2, 60_000);
  };

  function open(): void {
    const params = new URLSearchParams({ query: subscription });
    if (last !== null) params.set('variables', JSON.stringify({ after: last }));
    const current = new EventSource(`/graphql/stream?${params.toString()}`);
    source = current;
    current.addEventListener('open', () => {
      delay = 1000;
      onOpen();
    });
    current.addEventListener('next', event => {
      const result = JSON.parse((event as MessageEvent<string>).data) as { data?: { changed?: Change | null } | null };
      const change = result.data?.changed;
      if (!change) return;
      last = change.sequence;
      onChange(change);
    });
    current.addEventListener('complete', reconnect);
    current.addEventListener('error', reconnect);
  }

  open();
  return () => {
    stopped = true;
    window.clearTimeout(retry);
    source?.close();
  };
}

/** True when a change's subject is an entity in view, or a relationship (id `from-KIND->to`) touching one. */
export function touches(subject: string, inView: (id: string) => boolean): boolean {
  if (inView(subject)) return true;
  const arrow = subject.indexOf('->');
  const dash = arrow > 0 ? subject.lastIndexOf('-', arrow - 1) : -1;
  return dash > 0 && (inView(subject.slice(0, dash)) || inView(subject.slice(arrow + 2)));
}
