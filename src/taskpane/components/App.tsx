import { AriaLiveAnnouncer, FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../../core/messages/catalogue";
import type { Host } from "../host/host";
import { HostContext } from "../host/HostContext";
import { ActivityProvider } from "../hooks/ActivityContext";
import { LastErrorProvider } from "../hooks/LastErrorContext";
import { PANE_TEXT } from "../i18n/allTexts";
import { LangContext, type LangState } from "../i18n/LangContext";
import { TaskPane } from "./TaskPane";

export interface AppProps {
  host: Host;
}

/** The providers (theme, language, host, the one live region, the running action) around the pane. */
export function App({ host }: AppProps) {
  const [lang, setLangState] = useState(host.lang);
  const { rememberLang } = host;
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      rememberLang?.(next);
    },
    [rememberLang],
  );
  const langState = useMemo<LangState>(() => ({ lang, t: PANE_TEXT[lang], setLang }), [lang, setLang]);
  useEffect(() => {
    // Screen readers pick their voice from the document's language.
    document.documentElement.lang = lang === "nb" ? "nb" : "en";
    document.title = PANE_TEXT[lang].appTitle;
  }, [lang]);
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme}>
      <HostContext.Provider value={host}>
        <LangContext.Provider value={langState}>
          <LastErrorProvider>
            <AriaLiveAnnouncer>
              <ActivityProvider>
                <TaskPane />
              </ActivityProvider>
            </AriaLiveAnnouncer>
          </LastErrorProvider>
        </LangContext.Provider>
      </HostContext.Provider>
    </FluentProvider>
  );
}
