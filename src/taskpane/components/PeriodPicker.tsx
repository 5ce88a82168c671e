import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Period } from "../../core/register/period";
import { useTexts } from "../i18n/LangContext";

export interface PeriodPickerProps {
  periods: readonly Period[];
  period?: Period;
  onChange: (period: Period) => void;
}

/** The reporting period the figures, the check and the report are for; the latest first. */
export function PeriodPicker({ periods, period, onChange }: PeriodPickerProps) {
  const { t } = useTexts();
  if (periods.length === 0) return <Field label={t.period} validationState="none" validationMessage={t.noPeriods}>{null}</Field>;
  return (
    <Field label={t.period}>
      <Dropdown
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
