import { Body1, Button, Divider, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { TemplateMarker } from "../../core/template/templateDoc";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { groupFindings } from "../hooks/groupFindings";
import { useTemplateCheck } from "../hooks/useTemplateCheck";
import { useTexts } from "../i18n/LangContext";
import { ErrorBar } from "./ErrorBar";
import { FindingsList } from "./FindingsList";
import { Notice } from "./Notice";
import { Progress } from "./Progress";
import { Section } from "./Section";
import { TemplateIdentity } from "./TemplateIdentity";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
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
  const { findings, task } = check;
  const groups = useMemo(() => groupFindings(findings ?? []), [findings]);
  const errors = groups.reduce((n, g) => n + g.errors, 0);
  const warnings = groups.reduce((n, g) => n + g.warnings, 0);
  return (
    <>
      <Section title={t.templateHeading}>
        <Body1>{t.templateIntro}</Body1>
        {templates.map((m) => <TemplateIdentity key={m.sheet} marker={m} />)}
      </Section>
      <Divider className={styles.divider} />
      <Section title={t.checksHeading}>
        <div className={styles.row}>
          <Button appearance="primary" icon={<ClipboardTaskListLtrRegular />} disabled={task.busy} onClick={() => void check.run()}>
            {t.checkTemplate}
          </Button>
          <Progress show={task.showProgress} label={t.checkingTemplate} />
        </div>
        <ErrorBar message={task.error} onDismiss={task.clearError} />
        {findings ? <div aria-live="polite"><Text weight="semibold">{t.checkResult(errors, warnings)}</Text></div> : null}
        {findings && errors === 0 ? <Notice message={t.templateValid} /> : null}
        {groups.length > 0 ? <FindingsList groups={groups} selectsCells={host.selectsCells} onSelect={(f) => void check.select(f)} /> : null}
      </Section>
    </>
  );
}
