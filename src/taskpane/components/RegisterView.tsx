import { Divider } from "@fluentui/react-components";
import { useCallback, useRef } from "react";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useChecks } from "../hooks/useChecks";
import { useExports } from "../hooks/useExports";
import { useImport } from "../hooks/useImport";
import { useKeyFigures } from "../hooks/useKeyFigures";
import { usePeriod } from "../hooks/usePeriod";
import { useReport } from "../hooks/useReport";
import { useTemplates } from "../hooks/useTemplates";
import { useTexts } from "../i18n/LangContext";
import type { Inspection } from "../work/jobs";
import { ChecksPanel } from "./ChecksPanel";
import { CheckStatus } from "./CheckStatus";
import { ExportsPanel } from "./ExportsPanel";
import { KeyFigures } from "./KeyFigures";
import { PeriodPicker } from "./PeriodPicker";
import { PurringPanel } from "./PurringPanel";
import { ReportPanel } from "./ReportPanel";
import { Section } from "./Section";
import { TemplatesPanel } from "./TemplatesPanel";

export interface RegisterViewProps {
  workbook: OpenWorkbook;
  /** The file the pane shows (browser). */
  name?: string;
  inspection: Extract<Inspection, { kind: "register" }>;
  onInspected: (inspection: Inspection) => void;
  onRenamed: (name: string) => void;
}

/** A register: period, key figures with the check's result, the check, the report, the quarter's templates and the exports. */
export function RegisterView({ workbook, name, inspection, onInspected, onRenamed }: RegisterViewProps) {
  const host = useHost();
  const { t } = useTexts();
  const { periods, period, setPeriod } = usePeriod(inspection.periods);
  const shown = useKeyFigures(workbook, inspection, period);
  const checks = useChecks(workbook, inspection, onInspected);
  const report = useReport(workbook, name);
  const templates = useTemplates(workbook, periods);
  const imports = useImport(workbook, name, onInspected, onRenamed);
  const exports = useExports(workbook, name);
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const showFindings = useCallback(() => {
    findingsHeading.current?.scrollIntoView({ block: "start" });
    findingsHeading.current?.focus();
  }, []);
  return (
    <>
      <PeriodPicker periods={periods} period={period} onChange={setPeriod} />
      {shown.figures ? (
        <Section title={t.keyFigures(shown.period ?? "")}>
          <KeyFigures figures={shown.figures} />
          <CheckStatus check={checks.last.summary} onShow={showFindings} />
        </Section>
      ) : (
        <CheckStatus check={checks.last.summary} onShow={showFindings} />
      )}
      <PurringPanel workbook={workbook} inspection={inspection} period={period} />
      <Divider />
      <ChecksPanel
        checks={checks}
        period={period}
        selectsCells={host.selectsCells}
        fileChanged={workbook.file?.lastModified}
        headingRef={findingsHeading}
      />
      <Divider />
      <ReportPanel report={report} period={period} downloads={host.mode === "browser"} />
      <Divider />
      <TemplatesPanel templates={templates} imports={imports} period={period} />
      {exports.available ? <Divider /> : null}
      <ExportsPanel exports={exports} period={period} />
    </>
  );
}
