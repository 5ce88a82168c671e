import type { Task } from "../hooks/useTask";
import { useTexts } from "../i18n/LangContext";
import { ErrorBar } from "./ErrorBar";
import { Notice } from "./Notice";

export interface TaskOutcomeProps {
  task: Task;
}

/** How an action ended when it did not succeed: its failure, or that it was cancelled and left nothing behind. */
export function TaskOutcome({ task }: TaskOutcomeProps) {
  const { t } = useTexts();
  return (
    <>
      <ErrorBar message={task.error} onDismiss={task.clearError} />
      <Notice intent="info" message={task.cancelled && !task.busy ? t.cancelled : undefined} />
    </>
  );
}
