import { JobCancelled, type FileData, type JobControl, type JobProgress, type WorkbookJobs } from "./jobs";
import { receiveError, type FromWorker, type JobName, type ToWorker } from "./workerProtocol";

/** What the page needs of a worker (a Worker, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  job: JobName;
  args: unknown[];
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  progress?: (progress: JobProgress) => void;
}

/**
 * The jobs on a file, run in a Web Worker so the page stays responsive. Cancel
 * stops the worker at once, whatever it is doing; nothing it made reaches the
 * page, and the next job starts a new worker on the file as it was last kept
 * (the user's file, or the register after an import or a new register).
 */
export function workerJobs(source: Blob, name: string, start: () => WorkerLike): WorkbookJobs {
  let kept = source;
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function started(): WorkerLike {
    if (worker) {
      return worker;
    }
    const w = start();
    w.onmessage = (event) => receive(event.data);
    w.onerror = (event) => {
      event.preventDefault?.();
      stop(new Error(event.message || "the file worker stopped"));
    };
    w.postMessage({ type: "open", source: kept, name });
    worker = w;
    return w;
  }

  function receive(message: FromWorker): void {
    const job = pending.get(message.id);
    if (!job) {
      return;
    }
    if (message.type === "progress") {
      job.progress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.type === "done") {
      job.resolve(message.result);
    } else {
      job.reject(receiveError(message.error));
    }
  }

  function stop(reason: unknown): void {
    worker?.terminate();
    worker = undefined;
    for (const job of pending.values()) {
      job.reject(reason);
    }
    pending.clear();
  }

  /** Stops one job; the others waiting behind it (new figures for a period) start again on a new worker. */
  function cancel(id: number): void {
    const job = pending.get(id);
    if (!job) {
      return;
    }
    pending.delete(id);
    worker?.terminate();
    worker = undefined;
    job.reject(new JobCancelled());
    if (pending.size === 0) {
      return;
    }
    const again = started();
    for (const [other, p] of pending) {
      again.postMessage({ type: "job", id: other, job: p.job, args: p.args });
    }
  }

  function call<T>(job: JobName, args: unknown[], control?: JobControl): Promise<T> {
    const signal = control?.signal;
    if (signal?.aborted) {
      return Promise.reject(new JobCancelled());
    }
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { job, args, resolve: resolve as (r: unknown) => void, reject, progress: control?.progress });
      signal?.addEventListener("abort", () => cancel(id), { once: true });
      started().postMessage({ type: "job", id, job, args });
    });
  }

  /** A job whose file is the register from now on (an import, a new register). */
  async function keeping<T extends { data?: FileData }>(result: Promise<T>): Promise<T> {
    const done = await result;
    if (done.data) {
      kept = done.data instanceof Blob ? done.data : new Blob([done.data as BlobPart]);
    }
    return done;
  }

  return {
    can: { createRegister: true, templateSheets: false, importTemplates: true, files: true },
    inspect: (options, control) => call("inspect", [options], control),
    keyFigures: (period, control) => call("keyFigures", [period], control),
    reminderRecipients: (period, control) => call("reminderRecipients", [period], control),
    buildReport: (options, control) => call("buildReport", [options], control),
    createRegister: (options, control) => keeping(call("createRegister", [options], control)),
    checkTemplate: (control) => call("checkTemplate", [], control),
    makeTemplates: (options, control) => call("makeTemplates", [options], control),
    importTemplates: (files, options, control) => keeping(call("importTemplates", [files, options], control)),
    exportCouncil: (options, control) => call("exportCouncil", [options], control),
    exportFeed: (options, control) => call("exportFeed", [options], control),
    selectCell: async () => undefined,
    reopen: async (blob) => {
      kept = blob;
      started().postMessage({ type: "open", source: blob, name });
    },
    dispose: () => stop(new JobCancelled()),
  };
}
