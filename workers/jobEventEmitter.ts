// Typed listeners for the job events of the JobQueue port, shared by both runners.
import type { JobEventListener, JobEventName, JobEvents } from './jobQueue.js';

export class JobEventEmitter {
  private readonly listeners: { [E in JobEventName]: Set<JobEventListener<E>> } = {
    progress: new Set(),
    completed: new Set(),
    failed: new Set(),
  };

  on<E extends JobEventName>(event: E, listener: JobEventListener<E>): () => void {
    const set = this.listeners[event] as Set<JobEventListener<E>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  listenerCount(event: JobEventName): number {
    return this.listeners[event].size;
  }

  emit<E extends JobEventName>(event: E, payload: JobEvents[E]): void {
    for (const listener of this.listeners[event] as Set<JobEventListener<E>>) listener(payload);
  }
}
