import { Button, Field, makeStyles, ProgressBar, tokens, useAnnounce } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useSyncExternalStore } from "react";
import type { Task } from "../hooks/useTask";
import { formatNumber } from "../i18n/formatNumber";
import { useTexts } from "../i18n/LangContext";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: "wrap",
  },
  field: { flexGrow: 1, minWidth: "min(100%, 10rem)" },
});

export interface TaskProgressProps {
  task: Task;
  /** What the work is called before it says which step it is on ("Bygger rapporten …"). */
  label: string;
}

/**
 * The bar of a running action: what it does now, how far it has come where
 * that can be counted ("1 200 av 4 308 maler"), and Cancel while it can be
 * stopped. Its start is told to screen readers; the steps are not, they
 * would drown everything else.
 */
export function TaskProgress({ task, label }: TaskProgressProps) {
  const styles = useStyles();
  const { lang, t } = useTexts();
  const { announce } = useAnnounce();
  const shown = task.busy && task.showProgress;
  const p = useSyncExternalStore(task.progress.subscribe, task.progress.get);
  useEffect(() => {
    if (shown) {
      announce(label, { polite: true });
    }
  }, [shown, label, announce]);
  if (!shown) {
    return null;
  }
  const counted = p?.done !== undefined && p.total !== undefined && p.total > 0;
  const value = counted ? Math.min(1, p.done! / p.total!) : undefined;
  const text = [
    p ? t.step(p.step) : label,
    counted
      ? t.stepCount(p.step, formatNumber(p.done!, lang), formatNumber(p.total!, lang), formatNumber(Math.floor(value! * 100), lang))
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={styles.row}>
      <Field className={styles.field} label={text}>
        <ProgressBar value={value} thickness="large" />
      </Field>
      {task.cancel && p?.cancellable !== false ? (
        <Button size="small" icon={<DismissRegular />} onClick={task.cancel}>
          {t.cancel}
        </Button>
      ) : null}
    </div>
  );
}
