import { HostError, UnusableInputError, type HostFailure, type UnusableReason } from "../../workbook/errors";
import { JobCancelled, type JobProgress, type WorkbookJobs } from "./jobs";

/** The jobs that run in the file worker, by name. */
export type JobName = Exclude<keyof WorkbookJobs, "can" | "selectCell" | "reopen" | "dispose">;

/** The page to the worker: the file to work on (again), or a job. */
export type ToWorker = { type: "open"; source: Blob; name: string } | { type: "job"; id: number; job: JobName; args: unknown[] };

/** The worker to the page: how far a job has come, its result, or why it failed. */
export type FromWorker =
  | { type: "progress"; id: number; progress: JobProgress }
  | { type: "done"; id: number; result: unknown }
  | { type: "failed"; id: number; error: SentError };

/** An error as it crosses to the page: enough to show the same line the command line shows. */
export interface SentError {
  name: string;
  message: string;
  reason?: UnusableReason;
  file?: string;
  /** A HostError's reason and what it concerns, which the pane puts in the user's language. */
  failure?: HostFailure;
  subject?: string;
  others?: string[];
  detail?: string;
  code?: string;
}

/** An error made fit to post: classes do not survive the crossing, their fields do. */
export function sendError(e: unknown): SentError {
  if (e instanceof UnusableInputError) {
    return { name: e.name, message: e.message, reason: e.reason, file: e.file, detail: e.detail };
  }
  if (e instanceof HostError) {
    return { name: e.name, message: e.message, failure: e.reason, subject: e.subject, others: [...e.others], code: e.code };
  }
  if (e instanceof Error) {
    return { name: e.name, message: e.message };
  }
  return { name: "Error", message: String(e) };
}

/** The error again, as the class the pane knows how to show. */
export function receiveError(e: SentError): Error {
  if (e.name === "UnusableInputError" && e.reason && e.file !== undefined) {
    return new UnusableInputError(e.reason, e.file, e.detail);
  }
  if (e.name === "HostError") {
    return new HostError(e.message, { reason: e.failure, subject: e.subject, others: e.others, code: e.code });
  }
  if (e.name === "JobCancelled") {
    return new JobCancelled();
  }
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}
