import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTexts } from "../i18n/LangContext";

export interface ErrorBarProps {
  message?: string;
  onDismiss?: () => void;
}

/** One plain line for a failure, read out at once (role alert). */
export function ErrorBar({ message, onDismiss }: ErrorBarProps) {
  const { lang } = useTexts();
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={<Button appearance="transparent" aria-label={lang === "nb" ? "Lukk" : "Dismiss"} icon={<DismissRegular />} onClick={onDismiss} />}
        />
      ) : null}
    </MessageBar>
  );
}
