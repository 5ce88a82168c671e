import type { WorkbookInspection } from "../../app/inspectWorkbook";
import type { OpenWorkbook } from "../host/host";
import { useCreateRegister } from "../hooks/useCreateRegister";
import { useTexts } from "../i18n/LangContext";
import { CreateRegisterPanel } from "./CreateRegisterPanel";
import { Notice } from "./Notice";
import { RegisterView } from "./RegisterView";
import { TemplateView } from "./TemplateView";

export interface WorkbookViewProps {
  workbook: OpenWorkbook;
  inspection: WorkbookInspection;
  onInspected: (inspection: WorkbookInspection) => void;
}

/** The view that fits the workbook: a register's, a filled template's, or the offer to create a register. */
export function WorkbookView({ workbook, inspection, onInspected }: WorkbookViewProps) {
  const { t } = useTexts();
  // Kept here, above both views, so the confirmation survives the switch to the register view.
  const create = useCreateRegister(workbook, onInspected);
  const { created } = create;
  const notice = created ? (created.file ? t.registerDownloaded(created.file) : t.registerCreated) : undefined;
  const { check } = inspection;
  switch (inspection.kind) {
    case "register":
      if (!check) break;
      return (
        <>
          <Notice message={notice} />
          <RegisterView workbook={workbook} inspection={{ ...inspection, check }} onInspected={onInspected} />
        </>
      );
    case "template":
      if (!inspection.templates) break;
      return <TemplateView workbook={workbook} templates={inspection.templates} />;
    case "other":
      break;
  }
  return <CreateRegisterPanel create={create} />;
}
