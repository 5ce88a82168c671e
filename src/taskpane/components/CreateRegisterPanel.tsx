import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { CreateRegisterState } from "../hooks/useCreateRegister";
import { useTexts } from "../i18n/LangContext";
import { ErrorBar } from "./ErrorBar";
import { Progress } from "./Progress";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export interface CreateRegisterPanelProps {
  create: CreateRegisterState;
}

/** For a workbook that is no register: what it is missing, and the offer to make it one. */
export function CreateRegisterPanel({ create }: CreateRegisterPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { task } = create;
  return (
    <Section title={t.notRegister}>
      <Body1>{t.notRegisterHint}</Body1>
      {create.available ? (
        <div className={styles.row}>
          <Button appearance="primary" icon={<TableAddRegular />} disabled={task.busy} onClick={() => void create.create()}>
            {t.createRegister}
          </Button>
          <Progress show={task.showProgress} label={t.creatingRegister} />
        </div>
      ) : null}
      <ErrorBar message={task.error} onDismiss={task.clearError} />
    </Section>
  );
}
