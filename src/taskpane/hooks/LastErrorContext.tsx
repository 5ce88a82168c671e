import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** The last failure the pane showed, kept for "Om tillegget" and a support request. */
export interface LastError {
  error: unknown;
  at: Date;
}

interface LastErrorState {
  last?: LastError;
  report: (error: unknown) => void;
}

const LastErrorContext = createContext<LastErrorState>({ report: () => undefined });

/** Keeps the last failure of any part of the pane. */
export function LastErrorProvider({ children }: { children: ReactNode }) {
  const [last, setLast] = useState<LastError>();
  const report = useCallback((error: unknown) => setLast({ error, at: new Date() }), []);
  const value = useMemo(() => ({ last, report }), [last, report]);
  return <LastErrorContext.Provider value={value}>{children}</LastErrorContext.Provider>;
}

/** The last failure, and how a task reports one. */
export function useLastError(): LastErrorState {
  return useContext(LastErrorContext);
}
