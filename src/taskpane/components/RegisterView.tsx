import { Divider } from "@fluentui/react-components";
import type { WorkbookInspection } from "../../app/inspectWorkbook";
import type { CheckResult } from "../../core/checks/checkRegister";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useChecks } from "../hooks/useChecks";
import { useKeyFigures } from "../hooks/useKeyFigures";
import { usePeriod } from "../hooks/usePeriod";
import { useReport } from "../hooks/useReport";
import { useTexts } from "../i18n/LangContext";
import { ChecksPanel } from "./ChecksPanel";
import { KeyFigures } from "./KeyFigures";
import { PeriodPicker } from "./PeriodPicker";
import { ReportPanel } from "./ReportPanel";
import { Section } from "./Section";

export interface RegisterViewProps {
  workbook: OpenWorkbook;
  inspection: WorkbookInspection & { check: CheckResult };
  onInspected: (inspection: WorkbookInspection) => void;
}

/** A register: period, key figures, the check and the report. */
export function RegisterView({ workbook, inspection, onInspected }: RegisterViewProps) {
  const host = useHost();
  const { t } = useTexts();
  const { periods, period, setPeriod } = usePeriod(inspection);
  const figures = useKeyFigures(inspection.check, period);
  const checks = useChecks(workbook, onInspected);
  const report = useReport(workbook);
  return (
    <>
      <PeriodPicker periods={periods} period={period} onChange={setPeriod} />
      {figures ? (
        <Section title={t.keyFigures(period ?? "")}>
          <KeyFigures figures={figures} />
        </Section>
      ) : null}
      <Divider />
      <ChecksPanel checks={checks} period={period} selectsCells={host.selectsCells} />
      <Divider />
      <ReportPanel report={report} period={period} downloads={workbook.download !== undefined} />
    </>
  );
}
