import { useCallback, useEffect, useRef, useState } from "react";
import { useTexts } from "../i18n/LangContext";
import { describeError } from "./describeError";
import { useLastError } from "./LastErrorContext";

/** Progress shows only for work that takes longer than this: a flash of spinner reads as flicker. */
export const PROGRESS_DELAY_MS = 500;

export interface Task {
  busy: boolean;
  /** True once the work has taken longer than PROGRESS_DELAY_MS. */
  showProgress: boolean;
  /** The failure of the last run, as a plain line in the pane's language. */
  error?: string;
  /** Runs one piece of work; failures become `error`, never an uncaught rejection. */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
}

/** Busy, delayed progress and a plain error message for one kind of host operation. */
export function useTask(): Task {
  const { lang } = useTexts();
  // Kept in a ref, so that run stays one function for the pane's life (effects that depend on it would run again).
  const report = useRef(useLastError().report);
  const [busy, setBusy] = useState(false);
  const [showProgress, setShowProgress] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  useEffect(() => {
    if (!busy) {
      setShowProgress(false);
      return undefined;
    }
    const timer = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(undefined);
    try {
      return await work();
    } catch (e) {
      const failure = e ?? new Error("unknown");
      report.current(failure);
      if (mounted.current) setFailure(failure);
      return undefined;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setFailure(undefined), []);
  return { busy, showProgress, error: failure === undefined ? undefined : describeError(failure, lang), run, clearError };
}
