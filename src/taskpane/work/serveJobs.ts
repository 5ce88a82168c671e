import type { JobControl, JobProgress, WorkbookJobs } from "./jobs";
import { sendError, type FromWorker, type ToWorker } from "./workerProtocol";

/** The side of a worker the jobs talk through (the worker's global scope, or a stand-in in tests). */
export interface JobScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

/** Progress is posted at most this often: every chunk of a large sheet would flood the page with renders. */
const PROGRESS_EVERY_MS = 50;

/**
 * Runs the page's jobs on the file it sent, one at a time in the order they
 * came. A job is never stopped from here: the page stops the whole worker,
 * which no message could reach while a job computes.
 */
export function serveJobs(scope: JobScope, open: (source: Blob, name: string) => WorkbookJobs): void {
  let jobs: WorkbookJobs | undefined;
  let queue = Promise.resolve();
  scope.onmessage = (event) => {
    const message = event.data;
    queue = queue.then(() => (message.type === "open" ? void (jobs = open(message.source, message.name)) : run(message)));
  };

  async function run({ id, job, args }: Extract<ToWorker, { type: "job" }>): Promise<void> {
    try {
      if (!jobs) {
        throw new Error("no file is open");
      }
      const control: JobControl = { progress: throttle((progress) => scope.postMessage({ type: "progress", id, progress })) };
      // The job is named by the message, so its arguments are only known at run time; it is called on its own object.
      const call = (jobs as unknown as Record<typeof job, (...a: unknown[]) => Promise<unknown>>)[job];
      const result = await call.apply(jobs, [...args, control]);
      scope.postMessage({ type: "done", id, result: asBlob(result) });
    } catch (e) {
      scope.postMessage({ type: "failed", id, error: sendError(e) });
    }
  }
}

// A new step is always posted; counts within a step at most every PROGRESS_EVERY_MS, and the last one.
function throttle(post: (progress: JobProgress) => void): (progress: JobProgress) => void {
  let last: JobProgress | undefined;
  let at = 0;
  return (progress) => {
    const now = Date.now();
    const counted = progress.done !== undefined && progress.total !== undefined;
    const sameStep = last !== undefined && last.step === progress.step;
    if (sameStep && counted && progress.done !== progress.total && now - at < PROGRESS_EVERY_MS) {
      return;
    }
    last = progress;
    at = now;
    post(progress);
  };
}

/**
 * A finished file crosses as a Blob: the page then hands it to the user
 * without copying its bytes on its own thread (at L, tens of megabytes).
 */
function asBlob(result: unknown): unknown {
  const data = (result as { data?: unknown } | undefined)?.data;
  if (!(data instanceof Uint8Array)) {
    return result;
  }
  return { ...(result as object), data: new Blob([data as BlobPart]) };
}
