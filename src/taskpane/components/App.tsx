import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Host } from "../host/host";
import { HostContext } from "../host/HostContext";
import { LastErrorProvider } from "../hooks/LastErrorContext";
import { LangContext, TEXTS, type LangState } from "../i18n/LangContext";
import { TaskPane } from "./TaskPane";

export interface AppProps {
  host: Host;
}

/** The providers (theme, language, host) around the pane. */
export function App({ host }: AppProps) {
  const [lang, setLang] = useState(host.lang);
  const langState = useMemo<LangState>(() => ({ lang, t: TEXTS[lang], setLang }), [lang]);
  useEffect(() => {
    // Screen readers pick their voice from the document's language.
    document.documentElement.lang = lang === "nb" ? "nb" : "en";
    document.title = TEXTS[lang].appTitle;
  }, [lang]);
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme}>
      <HostContext.Provider value={host}>
        <LangContext.Provider value={langState}>
          <LastErrorProvider>
            <TaskPane />
          </LastErrorProvider>
        </LangContext.Provider>
      </HostContext.Provider>
    </FluentProvider>
  );
}
