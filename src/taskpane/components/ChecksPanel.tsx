import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import type { Ref } from "react";
import type { Period } from "../../core/register/period";
import type { ChecksState } from "../hooks/useChecks";
import { useTexts } from "../i18n/LangContext";
import type { PaneText } from "../i18n/texts";
import { ActionButton } from "./ActionButton";
import { FindingsList } from "./FindingsList";
import { Hint } from "./Hint";
import { Notice } from "./Notice";
import { Section } from "./Section";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";

export interface ChecksPanelProps {
  checks: ChecksState;
  period?: Period;
  selectsCells: boolean;
  /** When the open file was last changed (browser): a check newer than that may miss edits made on disk since. */
  fileChanged?: number;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** "Kontroller" and what the last check found: the one made on opening, until the user checks again. */
export function ChecksPanel({ checks, period, selectsCells, fileChanged, headingRef }: ChecksPanelProps) {
  const { lang, t } = useTexts();
  const { last, task } = checks;
  const { summary } = last;
  const note = readNote(checks, fileChanged, t, lang);
  return (
    <Section title={t.checksHeading} headingRef={headingRef}>
      <ActionButton task={task} icon={<ClipboardTaskListLtrRegular />} onClick={() => void checks.run(period)}>
        {t.check}
      </ActionButton>
      <TaskProgress task={task} label={t.checking} />
      <TaskOutcome task={task} />
      <Notice
        intent={summary.errors > 0 ? "error" : summary.warnings > 0 ? "warning" : "success"}
        message={[
          last.period ? `${t.checkedFor(last.period)}:` : "",
          summary.errors + summary.warnings === 0 ? t.noFindings : t.checkResult(summary.errors, summary.warnings),
        ]
          .filter(Boolean)
          .join(" ")}
      />
      {note ? <Hint small>{note}</Hint> : null}
      {summary.groups.length > 0 ? (
        <FindingsList groups={summary.groups} selectsCells={selectsCells} onSelect={(f) => void checks.select(f)} />
      ) : null}
    </Section>
  );
}

/** What the check read: in the browser, whether edits on disk since the file was opened are in it. */
function readNote(
  { last, rereads, openedAt }: ChecksState,
  fileChanged: number | undefined,
  t: PaneText,
  lang: "nb" | "en",
): string | undefined {
  if (last.read === "changed") {
    return t.rereadChanged;
  }
  if (last.read !== "memory" || rereads || fileChanged === undefined || fileChanged >= last.at) {
    return undefined;
  }
  const time = new Date(openedAt).toLocaleTimeString(lang === "nb" ? "nb-NO" : "en-GB", { hour: "2-digit", minute: "2-digit" });
  return t.reopenAfterChanges(time);
}
