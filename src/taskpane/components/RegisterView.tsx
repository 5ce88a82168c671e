import { Divider } from "@fluentui/react-components";
import type { WorkbookInspection } from "../../app/inspectWorkbook";
import type { CheckResult } from "../../core/checks/checkRegister";
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
import { ChecksPanel } from "./ChecksPanel";
import { ExportsPanel } from "./ExportsPanel";
import { KeyFigures } from "./KeyFigures";
import { PeriodPicker } from "./PeriodPicker";
import { PurringPanel } from "./PurringPanel";
import { ReportPanel } from "./ReportPanel";
import { Section } from "./Section";
import { TemplatesPanel } from "./TemplatesPanel";

export interface RegisterViewProps {
  workbook: OpenWorkbook;
  inspection: WorkbookInspection & { check: CheckResult };
  onInspected: (inspection: WorkbookInspection) => void;
}

/** A register: period, key figures, the check, the report, the quarter's templates and the exports. */
export function RegisterView({ workbook, inspection, onInspected }: RegisterViewProps) {
  const host = useHost();
  const { t } = useTexts();
  const { periods, period, setPeriod } = usePeriod(inspection);
  const figures = useKeyFigures(inspection.check, period);
  const checks = useChecks(workbook, onInspected);
  const report = useReport(workbook);
  const templates = useTemplates(workbook, periods);
  const imports = useImport(workbook, onInspected);
  const exports = useExports(workbook);
  return (
    <>
      <PeriodPicker periods={periods} period={period} onChange={setPeriod} />
      {figures ? (
        <Section title={t.keyFigures(period ?? "")}>
          <KeyFigures figures={figures} />
        </Section>
      ) : null}
      <PurringPanel check={inspection.check} period={period} />
      <Divider />
      <ChecksPanel checks={checks} period={period} selectsCells={host.selectsCells} />
      <Divider />
      <ReportPanel report={report} period={period} downloads={workbook.download !== undefined} />
      <Divider />
      <TemplatesPanel templates={templates} imports={imports} />
      {exports.available ? <Divider /> : null}
      <ExportsPanel exports={exports} period={period} />
    </>
  );
}
