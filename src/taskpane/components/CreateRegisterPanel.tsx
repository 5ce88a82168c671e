import { Body1 } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { CreateRegisterState } from "../hooks/useCreateRegister";
import { useTexts } from "../i18n/LangContext";
import { ActionButton } from "./ActionButton";
import { Section } from "./Section";
import { TaskOutcome } from "./TaskOutcome";
import { TaskProgress } from "./TaskProgress";

export interface CreateRegisterPanelProps {
  create: CreateRegisterState;
}

/** For a workbook that is no register: what it is missing, and the offer to make it one. */
export function CreateRegisterPanel({ create }: CreateRegisterPanelProps) {
  const { t } = useTexts();
  const { task } = create;
  return (
    <Section title={t.notRegister}>
      <Body1>{t.notRegisterHint}</Body1>
      {create.available ? (
        <ActionButton task={task} appearance="primary" icon={<TableAddRegular />} onClick={() => void create.create()}>
          {t.createRegister}
        </ActionButton>
      ) : null}
      <TaskProgress task={task} label={t.creatingRegister} />
      <TaskOutcome task={task} />
    </Section>
  );
}
