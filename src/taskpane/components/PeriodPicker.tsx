import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import type { Period } from "../../core/register/period";
import { useTexts } from "../i18n/LangContext";

const useStyles = makeStyles({
  // Fluent's dropdown is at least 250 px wide; the pane can be 175 px at 200 % zoom.
  dropdown: { minWidth: 0, maxWidth: "100%" },
});

export interface PeriodPickerProps {
  periods: readonly Period[];
  period?: Period;
  onChange: (period: Period) => void;
}

/** The reporting period the figures, the check and the report are for; the latest first. */
export function PeriodPicker({ periods, period, onChange }: PeriodPickerProps) {
  const styles = useStyles();
  const { t } = useTexts();
  if (periods.length === 0) {
    return (
      <Field label={t.period} validationState="none" validationMessage={t.noPeriods}>
        {null}
      </Field>
    );
  }
  return (
    <Field label={t.period}>
      <Dropdown
        className={styles.dropdown}
        // The open list stays inside the pane's main landmark rather than in a layer at the end of the page.
        inlinePopup
        value={period ?? ""}
        selectedOptions={period ? [period] : []}
        onOptionSelect={(_e, data) => data.optionValue && onChange(data.optionValue as Period)}
      >
        {[...periods].reverse().map((p) => (
          <Option key={p} value={p}>
            {p}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
