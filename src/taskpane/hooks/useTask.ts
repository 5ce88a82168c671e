import { useCallback, useEffect, useRef, useState } from "react";
import { progressStore, type ProgressStore } from "../work/progressStore";
import { useTexts } from "../i18n/LangContext";
import { isCancelled, type JobControl } from "../work/jobs";
import { useActivity } from "./ActivityContext";
import { describeError } from "../text/describeError";
import { useLastError } from "./LastErrorContext";

/** Progress shows for work that takes longer than this: a flash of a bar reads as flicker, and 100 ms still feels at once. */
export const PROGRESS_DELAY_MS = 100;

export interface Task {
  /** This action runs. */
  busy: boolean;
  /** Another action of the pane runs; this one waits for it. */
  blocked: boolean;
  /** True once the work has taken longer than PROGRESS_DELAY_MS. */
  showProgress: boolean;
  /** What the work does now, and how far it has come where that can be counted (its bar listens; the rest of the pane does not). */
  progress: ProgressStore;
  /** Stops the work; absent when it is not running or cannot be stopped. The bar hides it while Excel's workbook is written. */
  cancel?: () => void;
  /** True when the last run was cancelled: nothing was written or downloaded. */
  cancelled: boolean;
  /** The failure of the last run, as a plain line in the pane's language. */
  error?: string;
  /** Runs one piece of work; failures become `error`, a cancel `cancelled`, never an uncaught rejection. */
  run: <T>(work: (control: JobControl) => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
}

export interface TaskOptions {
  /** False for work that cannot be stopped; true by default. */
  cancellable?: boolean;
  /** The line a failure is shown as; describeError by default. */
  describe?: (failure: unknown, lang: "nb" | "en") => string;
}

/**
 * One kind of action of the pane (Bygg rapport, Lag maler …): busy, progress
 * shown after a moment, Cancel, a plain error line, and focus back on the
 * action's button when it ends, wherever the Cancel click had left it.
 */
export function useTask(label: string, options: TaskOptions = {}): Task {
  const { lang } = useTexts();
  const activity = useActivity();
  const begin = useRef(activity.begin);
  begin.current = activity.begin;
  // Kept in a ref, so that run stays one function for the pane's life (effects that depend on it would run again).
  const report = useRef(useLastError().report);
  const labelRef = useRef(label);
  labelRef.current = label;
  const cancellable = options.cancellable ?? true;
  const describe = options.describe ?? describeError;
  const [busy, setBusy] = useState(false);
  const [showProgress, setShowProgress] = useState(false);
  const [progress] = useState(progressStore);
  const [cancelled, setCancelled] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [stop, setStop] = useState<AbortController>();
  const mounted = useRef(true);
  const returnFocus = useRef<HTMLElement>();
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  useEffect(() => {
    if (!busy) {
      setShowProgress(false);
      return undefined;
    }
    const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  useEffect(() => {
    if (busy || !returnFocus.current) {
      return;
    }
    const target = returnFocus.current;
    returnFocus.current = undefined;
    const active = document.activeElement;
    if (target.isConnected && (!active || active === document.body || !active.isConnected)) {
      target.focus();
    }
  }, [busy]);

  const run = useCallback(
    async <T>(work: (control: JobControl) => Promise<T>): Promise<T | undefined> => {
      const controller = new AbortController();
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : undefined;
      const end = begin.current(labelRef.current, cancellable ? () => controller.abort() : undefined);
      setBusy(true);
      progress.set(undefined);
      setCancelled(false);
      setFailure(undefined);
      setStop(cancellable ? controller : undefined);
      try {
        return await work({
          signal: controller.signal,
          progress: (p) => {
            if (!controller.signal.aborted) {
              progress.set(p);
            }
          },
        });
      } catch (e) {
        if (isCancelled(e)) {
          if (mounted.current) {
            setCancelled(true);
          }
          return undefined;
        }
        const failure = e ?? new Error("unknown");
        report.current(failure);
        if (mounted.current) {
          setFailure(failure);
        }
        return undefined;
      } finally {
        end();
        if (mounted.current) {
          setBusy(false);
          setStop(undefined);
        }
        progress.set(undefined);
      }
    },
    [cancellable, progress],
  );

  const clearError = useCallback(() => setFailure(undefined), []);
  return {
    busy,
    blocked: !busy && activity.running !== undefined,
    showProgress,
    progress,
    cancel: busy && stop ? () => stop.abort() : undefined,
    cancelled,
    error: failure === undefined ? undefined : describe(failure, lang),
    run,
    clearError,
  };
}
