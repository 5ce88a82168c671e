import type { OpenWorkbook } from "../host/host";
import { useCreateRegister } from "../hooks/useCreateRegister";
import { useTexts } from "../i18n/LangContext";
import type { Inspection } from "../work/jobs";
import { CreateRegisterPanel } from "./CreateRegisterPanel";
import { Notice } from "./Notice";
import { RegisterView } from "./RegisterView";
import { TemplateView } from "./TemplateView";

export interface WorkbookViewProps {
  workbook: OpenWorkbook;
  name?: string;
  inspection: Inspection;
  onInspected: (inspection: Inspection) => void;
  onRenamed: (name: string) => void;
}

/** The view that fits the workbook: a register's, a filled template's, or the offer to create a register. */
export function WorkbookView({ workbook, name, inspection, onInspected, onRenamed }: WorkbookViewProps) {
  const { t } = useTexts();
  // Kept here, above both views, so the confirmation survives the switch to the register view.
  const create = useCreateRegister(workbook, name, onInspected, onRenamed);
  const { created } = create;
  const notice = created ? (created.file ? t.registerDownloaded(created.file) : t.registerCreated) : undefined;
  switch (inspection.kind) {
    case "register":
      return (
        <>
          <Notice message={notice} />
          {/* A new read (a check, an import) keeps the view; the counts it shows come from the read. */}
          <RegisterView workbook={workbook} name={name} inspection={inspection} onInspected={onInspected} onRenamed={onRenamed} />
        </>
      );
    case "template":
      return <TemplateView workbook={workbook} templates={inspection.templates} />;
    case "other":
      return <CreateRegisterPanel create={create} />;
  }
}
