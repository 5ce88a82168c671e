import { Body1, Button, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { ArrowImportRegular, DocumentCopyRegular } from "@fluentui/react-icons";
import { useRef, type ChangeEvent } from "react";
import type { ImportState } from "../hooks/useImport";
import type { TemplatesOutcome, TemplatesState, TemplateTarget } from "../hooks/useTemplates";
import { useTexts } from "../i18n/LangContext";
import type { Texts } from "../i18n/texts";
import { ErrorBar } from "./ErrorBar";
import { ImportOutcomes } from "./ImportOutcomes";
import { Notice } from "./Notice";
import { Progress } from "./Progress";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground2 },
  // The native input stays in the page for assistive tech and automation; the Fluent button is what shows.
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface TemplatesPanelProps {
  templates: TemplatesState;
  imports: ImportState;
}

/** "Maler og import": the quarter's templates for the contacts, and their import when they come back. */
export function TemplatesPanel({ templates, imports }: TemplatesPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const input = useRef<HTMLInputElement>(null);
  const { period, targets, task } = templates;
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // Clearing lets the user choose the same files again after fixing them.
    e.target.value = "";
    void imports.importFiles(files);
  };
  return (
    <Section title={t.templatesHeading}>
      <Body1 className={styles.hint}>{t.templatesHint}</Body1>
      {targets.length > 1 ? (
        <Field label={t.templatesWhere}>
          <RadioGroup value={templates.target} onChange={(_, data) => templates.setTarget(data.value as TemplateTarget)}>
            {targets.map((target) => <Radio key={target} value={target} label={targetLabel(target, t)} />)}
          </RadioGroup>
        </Field>
      ) : null}
      {targets.length > 0 ? (
        <div className={styles.row}>
          <Button appearance="primary" icon={<DocumentCopyRegular />} disabled={task.busy || !period} onClick={() => void templates.make()}>
            {period ? t.makeTemplates(period) : t.makeTemplates("–")}
          </Button>
          <Progress show={task.showProgress} label={t.makingTemplates} />
        </div>
      ) : null}
      {!period ? <Body1>{t.noRegisterPeriod}</Body1> : null}
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      <Notice message={templates.outcome ? outcomeText(templates.outcome, t) : undefined} />
      {imports.available ? (
        <>
          <Body1 className={styles.hint}>{t.importHint}</Body1>
          <div className={styles.row}>
            <Button icon={<ArrowImportRegular />} disabled={imports.task.busy} onClick={() => input.current?.click()}>
              {t.importFiles}
            </Button>
            <Progress show={imports.task.showProgress} label={t.importing} />
          </div>
          <input
            ref={input}
            className={styles.input}
            type="file"
            multiple
            tabIndex={-1}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t.importFilesLabel}
            onChange={onChange}
          />
          <ErrorBar message={imports.task.error} onDismiss={imports.task.clearError} />
          {imports.outcome ? <ImportOutcomes outcome={imports.outcome} /> : null}
        </>
      ) : null}
    </Section>
  );
}

function targetLabel(target: TemplateTarget, t: Texts): string {
  return target === "workbook" ? t.templatesAsWorkbook : target === "sheets" ? t.templatesAsSheets : t.templatesAsDownload;
}

function outcomeText(o: TemplatesOutcome, t: Texts): string {
  switch (o.kind) {
    case "download":
      return [o.notOpened ? t.notOpened(o.notOpened) : "", t.templatesDownloaded(o.count, o.file)].filter(Boolean).join(" ");
    case "workbook":
      return [t.templatesOpened(o.count, o.period), o.behind ? t.openedBehind : ""].filter(Boolean).join(" ");
    case "sheets":
      return t.templatesAdded(o.count, o.period);
  }
}
