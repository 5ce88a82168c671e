import { useEffect, useState } from "react";
import type { Period } from "../../core/register/period";
import type { OpenWorkbook } from "../host/host";
import type { Inspection, KeyFigureValues } from "../work/jobs";

export interface ShownFigures {
  /** The period the figures are for; while another period's are computed, the last ones stay with their period. */
  period?: Period;
  figures?: KeyFigureValues;
}

type RegisterInspection = Extract<Inspection, { kind: "register" }>;

/** The key figures of a register for a period: those of the last read, or computed anew from it for another period. */
export function useKeyFigures(workbook: OpenWorkbook, inspection: RegisterInspection, period: Period | undefined): ShownFigures {
  const [fetched, setFetched] = useState<ShownFigures & { from: RegisterInspection }>();

  useEffect(() => {
    if (!period || period === inspection.checked) {
      return undefined;
    }
    let current = true;
    workbook.jobs.keyFigures(period).then(
      (figures) => current && setFetched({ period, figures, from: inspection }),
      // A failed or stopped computation leaves the last figures, under the period they are for.
      () => undefined,
    );
    return () => void (current = false);
  }, [workbook, inspection, period]);

  if (fetched && fetched.from === inspection && fetched.period === period) {
    return fetched;
  }
  return { period: inspection.checked, figures: inspection.figures };
}
