import { Field, makeStyles, Radio, RadioGroup } from "@fluentui/react-components";
import { ArrowImportRegular, DocumentCopyRegular } from "@fluentui/react-icons";
import { useRef, type ChangeEvent } from "react";
import type { Period } from "../../core/register/period";
import type { ImportState } from "../hooks/useImport";
import type { TemplatesOutcome, TemplatesState, TemplateTarget } from "../hooks/useTemplates";
import { useTexts } from "../i18n/LangContext";
import type { PaneText } from "../i18n/texts";
import { ActionButton } from "./ActionButton";
import { ImportOutcomes } from "./ImportOutcomes";
import { Hint } from "./Hint";
import { Notice } from "./Notice";
import { Section } from "./Section";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";

const useStyles = makeStyles({
  // The native input stays in the page for assistive tech and automation; the Fluent button is what shows.
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface TemplatesPanelProps {
  templates: TemplatesState;
  imports: ImportState;
  /** The period the pane shows, for what an import says it now shows. */
  period?: Period;
}

/** "Maler og import": the quarter's templates for the contacts, and their import when they come back. */
export function TemplatesPanel({ templates, imports, period: shown }: TemplatesPanelProps) {
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
      <Hint>{t.templatesHint}</Hint>
      {targets.length > 1 ? (
        <Field label={t.templatesWhere}>
          <RadioGroup value={templates.target} onChange={(_, data) => templates.setTarget(data.value as TemplateTarget)}>
            {targets.map((target) => (
              <Radio key={target} value={target} label={targetLabel(target, t)} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      {targets.length > 0 ? (
        <ActionButton
          task={task}
          appearance="primary"
          icon={<DocumentCopyRegular />}
          unavailable={period ? undefined : t.noRegisterPeriod}
          onClick={() => void templates.make()}
        >
          {t.makeTemplates(period ?? "–")}
        </ActionButton>
      ) : null}
      <TaskProgress task={task} label={t.makingTemplates} />
      <TaskOutcome task={task} />
      <Notice message={templates.outcome ? outcomeText(templates.outcome, t) : undefined} />
      {imports.available ? (
        <>
          <Hint>{t.importHint}</Hint>
          <ActionButton task={imports.task} icon={<ArrowImportRegular />} onClick={() => input.current?.click()}>
            {t.importFiles}
          </ActionButton>
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
          <TaskProgress task={imports.task} label={t.importing} />
          <TaskOutcome task={imports.task} />
          {imports.outcome ? <ImportOutcomes outcome={imports.outcome} period={shown} /> : null}
        </>
      ) : null}
    </Section>
  );
}

function targetLabel(target: TemplateTarget, t: PaneText): string {
  return target === "workbook" ? t.templatesAsWorkbook : target === "sheets" ? t.templatesAsSheets : t.templatesAsDownload;
}

function outcomeText(o: TemplatesOutcome, t: PaneText): string {
  switch (o.kind) {
    case "download":
      return [o.notOpened ? t.notOpened(o.notOpened) : "", t.templatesDownloaded(o.count, o.file)].filter(Boolean).join(" ");
    case "workbook":
      return [t.templatesOpened(o.count, o.period), o.behind ? t.openedBehind : ""].filter(Boolean).join(" ");
    case "sheets":
      return t.templatesAdded(o.count, o.period);
  }
}
