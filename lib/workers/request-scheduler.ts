// Runs a worker's requests one at a time, by kind priority rather than arrival order: the digits
// worker answers a new drawing's classification before the explanation and feature maps of the
// previous one, so the live prediction never waits behind them (on a slow backend it used to
// lag one to three seconds behind the pen). Requests of one kind keep their order. Framework-free.

export interface RequestScheduler<R extends { type: string }> {
  /** Queues a request; it runs after any running request and before all of lower priority. */
  push(request: R): void;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
}

/** `priority` lists the kinds, most urgent first; a kind not listed runs last. */
export function createRequestScheduler<R extends { type: string }>(priority: readonly R['type'][], handle: (request: R) => Promise<void> | void): RequestScheduler<R> {
  const queues = new Map<string, R[]>();
  let running: Promise<void> | null = null;
  const rank = (type: string) => {
    const i = priority.indexOf(type);
    return i < 0 ? priority.length : i;
  };
  const next = (): R | undefined => {
    const kinds = [...queues.keys()].filter((k) => queues.get(k)!.length).sort((a, b) => rank(a) - rank(b));
    return kinds.length ? queues.get(kinds[0])!.shift() : undefined;
  };
  const drain = async () => {
    for (let r = next(); r; r = next()) {
      try {
        await handle(r);
      } catch {
        // the handler reports its own errors; one failure must not stop the queue
      }
    }
    running = null;
  };
  return {
    push(request) {
      if (!queues.has(request.type)) queues.set(request.type, []);
      queues.get(request.type)!.push(request);
      running ??= drain();
    },
    idle: () => running ?? Promise.resolve(),
  };
}
