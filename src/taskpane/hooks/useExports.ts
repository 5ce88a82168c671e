import { useCallback, useState } from "react";
import type { IsoDate } from "../../core/register/dates";
import type { Period } from "../../core/register/period";
import type { NotOpened, OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { deliverFile } from "../files/deliverFile";
import { bytesOf } from "../work/jobs";
import { useTask, type Task } from "./useTask";

export type ExportOutcome =
  | { kind: "council-opened"; /** Excel for Mac opens it behind the current window. */ behind: boolean }
  | { kind: "council-downloaded"; file: string; /** Why Excel did not open it, when it was asked to. */ notOpened?: NotOpened }
  | { kind: "feed-downloaded"; file: string };

export interface ExportsState {
  /** Whether this host can make the files at all. */
  available: boolean;
  /** True when the council workbook opens in Excel rather than downloading. */
  opensWorkbook: boolean;
  outcome?: ExportOutcome;
  /** "Eksporter til rådet" for a period. */
  council: (period: Period | undefined) => Promise<void>;
  /** "Last ned web-feed" for a period: summary.json, initiatives.json and initiatives.csv in one zip. */
  feed: (period: Period | undefined) => Promise<void>;
  councilTask: Task;
  feedTask: Task;
}

/** The council workbook (a new workbook in Excel, a download in the browser) and the web feed (a download). */
export function useExports(workbook: OpenWorkbook, name: string | undefined): ExportsState {
  const host = useHost();
  const { lang, t } = useTexts();
  const councilTask = useTask(t.exportCouncil);
  const feedTask = useTask(t.downloadFeed);
  const { run: runCouncil } = councilTask;
  const { run: runFeed } = feedTask;
  const [outcome, setOutcome] = useState<ExportOutcome>();

  const council = useCallback(
    async (period: Period | undefined) => {
      setOutcome(undefined);
      await runCouncil(async (control) => {
        const now = new Date();
        const done = await workbook.jobs.exportCouncil({ period, lang, source: name ?? "", made: localDay(now), now }, control);
        let notOpened: NotOpened | undefined;
        if (host.openNewWorkbook) {
          control.progress?.({ step: "write", cancellable: false });
          const opened = await host.openNewWorkbook(await bytesOf(done.data));
          if (opened === "opened") {
            setOutcome({ kind: "council-opened", behind: host.info?.platform === "Mac" });
            return;
          }
          notOpened = opened;
        }
        const file = t.councilFileName(done.period ?? "");
        await deliverFile(host, done.data, file);
        setOutcome({ kind: "council-downloaded", file, notOpened });
      });
    },
    [workbook, name, host, lang, t, runCouncil],
  );

  const feed = useCallback(
    async (period: Period | undefined) => {
      setOutcome(undefined);
      await runFeed(async (control) => {
        const done = await workbook.jobs.exportFeed({ period }, control);
        const file = t.feedFileName(done.period ?? "");
        await deliverFile(host, done.data, file);
        setOutcome({ kind: "feed-downloaded", file });
      });
    },
    [workbook, host, t, runFeed],
  );

  return {
    available: workbook.jobs.can.files && (host.download !== undefined || host.openNewWorkbook !== undefined),
    opensWorkbook: host.openNewWorkbook !== undefined,
    outcome,
    council,
    feed,
    councilTask,
    feedTask,
  };
}

/** Today as the user's clock reads it (the cover's "made" date). */
function localDay(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}
