import type { JobProgress } from "./jobs";

/** How far a running action has come; only its progress bar listens, so a count going up repaints the bar alone. */
export interface ProgressStore {
  get: () => JobProgress | undefined;
  subscribe: (listener: () => void) => () => void;
  set: (progress: JobProgress | undefined) => void;
}

/** A store for one action's progress (for React's useSyncExternalStore). */
export function progressStore(): ProgressStore {
  let current: JobProgress | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set: (progress) => {
      current = progress;
      for (const listener of listeners) {
        listener();
      }
    },
  };
}
