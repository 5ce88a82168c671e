import { createContext, useContext } from "react";
import type { Host } from "./host";

export const HostContext = createContext<Host | null>(null);

/** The host the pane runs in; provided once at the root. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) {
    throw new Error("useHost needs a HostContext provider");
  }
  return host;
}
