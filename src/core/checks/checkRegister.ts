import { compareFindings, type Finding } from "../findings/finding";
import { readRegister } from "../register/readRegister";
import type { Register } from "../register/model";
import type { Period } from "../register/period";
import type { SheetData } from "../sheet";

export interface CheckResult {
  register: Register;
  /** Every problem, errors and warnings, in sheet, row, column order. */
  findings: Finding[];
}

export interface CheckOptions {
  /** The period whose reporting is checked; the latest present when absent. */
  period?: Period;
}

/** Reads a register and collects every problem in it. Never throws on bad data. */
export function checkRegister(sheets: readonly SheetData[], _options: CheckOptions = {}): CheckResult {
  const { register, findings } = readRegister(sheets);
  return { register, findings: [...findings].sort(compareFindings) };
}
