import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * For long work done on the event loop: call the returned function often (once per row); once
 * per `sliceMs` it waits a turn, so every other request waiting on the server takes a step.
 * A health check needs a few steps (read, query, answer); short slices keep it prompt.
 */
export function takingTurns(sliceMs = 5): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}
