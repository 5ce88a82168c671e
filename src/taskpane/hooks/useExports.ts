import { useCallback, useEffect, useState } from "react";
import { exportCouncil } from "../../app/exportCouncil";
import { exportFeed } from "../../app/exportFeed";
import type { IsoDate } from "../../core/register/dates";
import type { Period } from "../../core/register/period";
import { HostError } from "../../workbook/errors";
import type { NotOpened, OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
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
  task: Task;
}

/** The council workbook (a new workbook in Excel, a download in the browser) and the web feed (a download). */
export function useExports(workbook: OpenWorkbook): ExportsState {
  const host = useHost();
  const { lang, t } = useTexts();
  const task = useTask();
  const { run } = task;
  const [outcome, setOutcome] = useState<ExportOutcome>();
  useEffect(() => setOutcome(undefined), [workbook]);

  const council = useCallback(async (period: Period | undefined) => {
    setOutcome(undefined);
    await run(async () => {
      if (!host.fileTools) throw new HostError(t.notOffered);
      const now = new Date();
      const made = (await host.fileTools()).newCouncilWorkbook(now);
      const result = await exportCouncil(workbook.port, made, { period, lang, source: workbook.name ?? "", made: localDay(now) });
      const bytes = await made.save();
      let notOpened: NotOpened | undefined;
      if (host.openNewWorkbook) {
        const opened = await host.openNewWorkbook(bytes);
        if (opened === "opened") {
          setOutcome({ kind: "council-opened", behind: host.info?.platform === "Mac" });
          return;
        }
        notOpened = opened;
      }
      if (!host.download) throw new HostError(t.notOffered);
      const file = t.councilFileName(result.summary.period ?? "");
      await host.download(bytes, file);
      setOutcome({ kind: "council-downloaded", file, notOpened });
    });
  }, [workbook, host, lang, t, run]);

  const feed = useCallback(async (period: Period | undefined) => {
    setOutcome(undefined);
    await run(async () => {
      if (!host.fileTools || !host.download) throw new HostError(t.notOffered);
      const result = await exportFeed(workbook.port, { period });
      const zip = await (await host.fileTools()).zip({ ...result.files });
      const file = t.feedFileName(result.summary.period ?? "");
      await host.download(zip, file);
      setOutcome({ kind: "feed-downloaded", file });
    });
  }, [workbook, host, t, run]);

  return { available: host.fileTools !== undefined, opensWorkbook: host.openNewWorkbook !== undefined, outcome, council, feed, task };
}

/** Today as the user's clock reads it (the cover's "made" date). */
function localDay(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}
