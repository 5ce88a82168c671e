import { compareFindings, type Finding } from "../findings/finding";
import { findSheet, type SheetData } from "../sheet";
import type { Mnok } from "./amounts";
import { DEFAULT_CODES } from "./codes";
import { READ_ORDER, REGISTER_FORMAT, type SheetKey } from "./format";
import { locateColumns } from "./locateColumns";
import type { Register } from "./model";
import { comparePeriods, type Period } from "./period";
import { readCodeLists } from "./readCodeLists";
import { readRows, type RawRecord } from "./readRows";

export interface RegisterRead {
  register: Register;
  /** What could not be read: missing sheets and columns, cells not of their type. */
  findings: Finding[];
}

/** Reads a register (format 1) from a workbook's sheets, collecting every problem on the way. */
export function readRegister(sheets: readonly SheetData[]): RegisterRead {
  const findings: Finding[] = [];
  const register: Register = {
    codes: DEFAULT_CODES,
    initiatives: [],
    reports: [],
    dependencies: [],
    costs: [],
    roadmap: [],
    topics: [],
    deadlines: {},
    periods: [],
    layouts: {},
  };
  for (const key of READ_ORDER) {
    const def = REGISTER_FORMAT[key];
    const sheet = findSheet(sheets, def.nb, def.en);
    if (!sheet) {
      if (def.presence !== "optional") {
        findings.push({
          type: "sheet/missing",
          severity: def.presence === "required" ? "error" : "warning",
          sheet: def.nb,
          params: { en: def.en },
        });
      }
      continue;
    }
    const layout = locateColumns(sheet, def, findings);
    if (!layout) {
      continue;
    }
    register.layouts[key] = layout;
    const records = readRows(sheet, def, layout, register.codes, findings);
    if (key === "codes") {
      ({ codes: register.codes, deadlines: register.deadlines } = readCodeLists(records, layout, findings));
    } else {
      assign(register, key, records);
    }
  }
  register.periods = collectPeriods(register);
  findings.sort(compareFindings);
  return { register, findings };
}

type DataSheetKey = Exclude<SheetKey, "codes">;

// What each sheet's fields need beyond what was read: defaults, and amounts taken out of their reading.
const COMPLETE_ROW: Record<DataSheetKey, ((f: RawRecord) => void) | undefined> = {
  initiatives: (f) => {
    f.otherGoals ??= [];
    f.sustainabilityGoals ??= [];
  },
  reports: (f) => {
    f.budget = amountOf(f.budget);
  },
  dependencies: undefined,
  costs: (f) => {
    const read = f.amount as { amount: Mnok; internal: boolean } | undefined;
    f.amount = read?.amount;
    // "(14)" in Beløp means covered internally, whatever the Ja/Nei column says.
    f.internal = f.internal === true || read?.internal === true;
  },
  roadmap: undefined,
  topics: (f) => {
    f.followUp = f.followUp === true;
  },
};

// Each record is its row's fields object, completed in place and kept as the typed row: large registers read without copying.
function assign(register: Register, key: DataSheetKey, records: RawRecord[]): void {
  const complete = COMPLETE_ROW[key];
  if (complete) {
    records.forEach(complete);
  }
  // Pick fails to compile if a data sheet's key is no longer a field of Register; the rows themselves are the records.
  const rows: Pick<Register, DataSheetKey> = register;
  (rows as unknown as Record<DataSheetKey, RawRecord[]>)[key] = records;
}

function amountOf(value: unknown): Mnok | undefined {
  return (value as { amount: Mnok } | undefined)?.amount;
}

function collectPeriods(register: Register): Period[] {
  const set = new Set<Period>();
  for (const r of register.reports) {
    if (r.period) {
      set.add(r.period);
    }
  }
  for (const d of register.dependencies) {
    if (d.period) {
      set.add(d.period);
    }
  }
  return [...set].sort(comparePeriods);
}
