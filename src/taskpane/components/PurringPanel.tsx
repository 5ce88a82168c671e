import { Body1, Button, Field, Link, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { CopyRegular, MailRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { composeReminder, type Reminder, type ReminderRecipients } from "../../app/planReminder";
import type { Period } from "../../core/register/period";
import type { OpenWorkbook } from "../host/host";
import { copyText } from "../text/copyText";
import { useTexts } from "../i18n/LangContext";
import { Notice } from "./Notice";
import type { Inspection } from "../work/jobs";
import { Section } from "./Section";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  mail: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

export interface PurringPanelProps {
  workbook: OpenWorkbook;
  /** The register's last inspection: a new one (a re-read, an import) asks again. */
  inspection: Inspection;
  period?: Period;
}

/** The reminder of the period's round and whether the addresses were copied. */
export function usePurring(workbook: OpenWorkbook, inspection: Inspection, period: Period | undefined) {
  const { t } = useTexts();
  const [fetched, setFetched] = useState<{ recipients?: ReminderRecipients; from: Inspection }>();
  useEffect(() => {
    if (!period) {
      return undefined;
    }
    let current = true;
    workbook.jobs.reminderRecipients(period).then(
      (recipients) => current && setFetched({ recipients, from: inspection }),
      // A failed or stopped read shows no reminder rather than a stale one.
      () => current && setFetched({ from: inspection }),
    );
    return () => void (current = false);
  }, [workbook, inspection, period]);
  const recipients = fetched?.from === inspection && fetched.recipients?.period === period ? fetched.recipients : undefined;
  const reminder: Reminder | undefined = useMemo(
    () => recipients && composeReminder(recipients, { subject: t.reminderSubject, body: t.reminderBody }),
    [recipients, t],
  );
  const [copied, setCopied] = useState<"done" | "failed" | undefined>();
  const addresses = reminder?.addresses.join("; ") ?? "";
  const copy = useCallback(async () => setCopied((await copyText(addresses)) ? "done" : "failed"), [addresses]);
  return { reminder, addresses, copy, copied };
}

/** "Purring": who has not reported this period, their contacts' addresses to copy, and an e-mail with them in BCC. */
export function PurringPanel({ workbook, inspection, period }: PurringPanelProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const { reminder, addresses, copy, copied } = usePurring(workbook, inspection, period);
  if (!reminder) {
    return null;
  }
  if (reminder.notReported.length === 0) {
    return (
      <Section title={t.purringHeading}>
        <Body1>{t.purringNone(reminder.period)}</Body1>
      </Section>
    );
  }
  return (
    <Section title={t.purringHeading}>
      <Body1>{t.purringIntro(reminder.notReported.length, reminder.period)}</Body1>
      {reminder.addresses.length > 0 ? (
        <>
          <Field label={t.purringAddresses}>
            <Textarea readOnly value={addresses} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button icon={<CopyRegular />} onClick={() => void copy()}>
              {t.purringCopy}
            </Button>
            <Link href={reminder.mailto} className={styles.mail}>
              <MailRegular aria-hidden="true" />
              {t.purringMail}
            </Link>
          </div>
        </>
      ) : null}
      <Notice message={copied === "done" ? t.purringCopied : undefined} />
      <Notice intent="warning" message={copied === "failed" ? t.purringCopyFailed : undefined} />
      <Notice
        intent="warning"
        message={
          reminder.withoutContact.length > 0 ? t.purringWithoutContact(reminder.withoutContact.map((i) => i.name).join(", ")) : undefined
        }
      />
    </Section>
  );
}
