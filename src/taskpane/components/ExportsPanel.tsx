import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowDownloadRegular, PeopleTeamRegular } from "@fluentui/react-icons";
import { Fragment } from "react";
import type { Period } from "../../core/register/period";
import type { ExportOutcome, ExportsState } from "../hooks/useExports";
import { useTexts } from "../i18n/LangContext";
import type { PaneText } from "../i18n/texts";
import { ActionButton } from "./ActionButton";
import { Hint } from "./Hint";
import { Notice } from "./Notice";
import { Section } from "./Section";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    flexWrap: "wrap",
  },
});

export interface ExportsPanelProps {
  exports: ExportsState;
  period?: Period;
}

/** "Eksporter til rådet" and "Last ned web-feed", for the chosen period. */
export function ExportsPanel({ exports, period }: ExportsPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { councilTask, feedTask, outcome } = exports;
  const reasonId = useId("exports-reason");
  if (!exports.available) {
    return null;
  }
  const unavailable = period ? undefined : t.noPeriodReason;
  const actions = [
    { label: t.exportCouncil, task: councilTask, icon: <PeopleTeamRegular />, run: exports.council },
    { label: t.downloadFeed, task: feedTask, icon: <ArrowDownloadRegular />, run: exports.feed },
  ];
  return (
    <Section title={t.exportsHeading}>
      <Hint>{exports.opensWorkbook ? t.exportsHintOffice : t.exportsHintBrowser}</Hint>
      <div className={styles.row}>
        {actions.map((a) => (
          <ActionButton
            key={a.label}
            task={a.task}
            icon={a.icon}
            unavailable={unavailable}
            reasonId={reasonId}
            onClick={() => void a.run(period)}
          >
            {a.label}
          </ActionButton>
        ))}
      </div>
      {unavailable ? (
        <Hint small id={reasonId}>
          {unavailable}
        </Hint>
      ) : null}
      {actions.map((a) => (
        <Fragment key={a.label}>
          <TaskProgress task={a.task} label={t.exportingCouncil} />
          <TaskOutcome task={a.task} />
        </Fragment>
      ))}
      <Notice message={outcome ? outcomeText(outcome, t) : undefined} />
    </Section>
  );
}

function outcomeText(o: ExportOutcome, t: PaneText): string {
  switch (o.kind) {
    case "council-opened":
      return [t.councilOpened, o.behind ? t.openedBehind : ""].filter(Boolean).join(" ");
    case "council-downloaded":
      return [o.notOpened ? t.notOpened(o.notOpened) : "", t.councilDownloaded(o.file)].filter(Boolean).join(" ");
    case "feed-downloaded":
      return t.feedDownloaded(o.file);
  }
}
