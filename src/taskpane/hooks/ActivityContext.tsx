import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

/** The one long action running in the pane, and how to stop it. */
export interface Running {
  /** What runs, in the pane's words ("Bygg rapport"). */
  label: string;
  cancel?: () => void;
  /** Resolves when it has ended, whichever way. */
  ended: Promise<void>;
}

interface ActivityState {
  running?: Running;
  /** Marks an action as running; returns how to mark it ended. */
  begin: (label: string, cancel?: () => void) => () => void;
}

const ActivityContext = createContext<ActivityState>({ begin: () => () => undefined });

/**
 * One action at a time: while a report is built the other actions wait, and
 * opening another file asks first. Two jobs on one workbook would otherwise
 * read what the other is halfway through writing.
 */
export function ActivityProvider({ children }: { children: ReactNode }) {
  const [running, setRunning] = useState<Running>();
  const current = useRef<Running>();
  const begin = useCallback((label: string, cancel?: () => void) => {
    let end = () => undefined as void;
    const entry: Running = { label, cancel, ended: new Promise<void>((resolve) => (end = resolve)) };
    current.current = entry;
    setRunning(entry);
    return () => {
      end();
      if (current.current !== entry) {
        return;
      }
      current.current = undefined;
      setRunning(undefined);
    };
  }, []);
  const value = useMemo(() => ({ running, begin }), [running, begin]);
  return <ActivityContext.Provider value={value}>{children}</ActivityContext.Provider>;
}

/** The action running in the pane, if any. */
export function useActivity(): ActivityState {
  return useContext(ActivityContext);
}
