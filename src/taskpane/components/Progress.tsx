import { Spinner } from "@fluentui/react-components";

export interface ProgressProps {
  show: boolean;
  label: string;
}

/** The spinner for work that takes more than half a second; announced politely to screen readers. */
export function Progress({ show, label }: ProgressProps) {
  return <div aria-live="polite">{show ? <Spinner size="tiny" labelPosition="after" label={label} /> : null}</div>;
}
