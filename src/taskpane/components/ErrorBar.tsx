import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTexts } from "../i18n/LangContext";

export interface ErrorBarProps {
  message?: string;
  onDismiss?: () => void;
}

/**
 * One plain line for a failure under the title "Feil", read out at once
 * through the pane's live region (an error bar is assertive).
 */
export function ErrorBar({ message, onDismiss }: ErrorBarProps) {
  const { lang, t } = useTexts();
  if (!message) {
    return null;
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.failure}</MessageBarTitle> {message}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={lang === "nb" ? "Lukk" : "Dismiss"}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      ) : null}
    </MessageBar>
  );
}
