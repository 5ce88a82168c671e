import { Body1, Divider, makeStyles } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import type { TemplateMarker } from "../../core/template/templateDoc";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTemplateCheck } from "../hooks/useTemplateCheck";
import { useTexts } from "../i18n/LangContext";
import { ActionButton } from "./ActionButton";
import { FindingsList } from "./FindingsList";
import { Hint } from "./Hint";
import { Notice } from "./Notice";
import { Section } from "./Section";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";
import { TemplateIdentity } from "./TemplateIdentity";

const useStyles = makeStyles({
  // Fluent's Divider grows to fill its flex parent; this view is shorter than the pane, so it must not.
  divider: { flexGrow: 0 },
});

export interface TemplateViewProps {
  workbook: OpenWorkbook;
  templates: readonly TemplateMarker[];
}

/** A filled report template, for its contact: what it is for, and "Kontroller rapporten min". */
export function TemplateView({ workbook, templates }: TemplateViewProps) {
  const styles = useStyles();
  const host = useHost();
  const { t } = useTexts();
  const check = useTemplateCheck(workbook);
  const { summary, task } = check;
  return (
    <>
      <Section title={t.templateHeading}>
        <Body1>{t.templateIntro}</Body1>
        {templates.map((m) => (
          <TemplateIdentity key={m.sheet} marker={m} />
        ))}
        <Hint>{t.templateNotRegister}</Hint>
      </Section>
      <Divider className={styles.divider} />
      <Section title={t.checksHeading}>
        <ActionButton task={task} appearance="primary" icon={<ClipboardTaskListLtrRegular />} onClick={() => void check.run()}>
          {t.checkTemplate}
        </ActionButton>
        <TaskProgress task={task} label={t.checkingTemplate} />
        <TaskOutcome task={task} />
        {summary ? (
          <Notice
            intent={summary.errors > 0 ? "error" : "success"}
            message={
              summary.errors > 0
                ? t.checkResult(summary.errors, summary.warnings)
                : summary.warnings > 0
                  ? `${t.checkResult(0, summary.warnings)}. ${t.templateValid}`
                  : t.templateValid
            }
          />
        ) : null}
        {summary && summary.groups.length > 0 ? (
          <FindingsList groups={summary.groups} selectsCells={host.selectsCells} onSelect={(f) => void check.select(f)} />
        ) : null}
      </Section>
    </>
  );
}
