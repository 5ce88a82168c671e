import { a1, type A1 } from "../cells";
import type { Mnok } from "./amounts";
import type { CodeLists } from "./codes";
import type { IsoDate } from "./dates";
import type { SheetKey } from "./format";
import type { Period } from "./period";

/**
 * Where a record sits in its sheet. Fields that were empty or could not be
 * read are undefined; `unreadable` names the latter so that the checks do not
 * report a "required" problem on top of the type problem already found.
 */
export interface RowRef {
  /** 1-based sheet row. */
  row: number;
  unreadable: ReadonlySet<string>;
}

export interface Initiative extends RowRef {
  id?: string;
  name?: string;
  owner?: string;
  segment?: string;
  mainGoal?: string;
  otherGoals: string[];
  sustainabilityGoals: string[];
  contact?: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
}

export interface Report extends RowRef {
  id?: string;
  period?: Period;
  phase?: string;
  status?: string;
  statusReason?: string;
  risk?: string;
  riskReason?: string;
  budget?: Mnok;
  reportedOn?: IsoDate;
}

export interface Dependency extends RowRef {
  id?: string;
  period?: Period;
  dependency?: string;
  category?: string;
  criticality?: string;
  status?: string;
  deadline?: IsoDate;
}

export interface CostRow extends RowRef {
  solution?: string;
  /** An initiative's ID or name, as written. */
  initiative?: string;
  part?: string;
  year?: number;
  amount?: Mnok;
  /** Covered internally by the initiative's owner: shown in parentheses, left out of totals. */
  internal: boolean;
}

/** Where one of the format's sheets was found and how its columns lie. */
export interface SheetLayout {
  key: SheetKey;
  /** The sheet's name as written in the workbook. */
  name: string;
  headerRow: number;
  /** Field → 1-based sheet column. */
  columns: Record<string, number>;
  /** Field → header text as written. */
  headers: Record<string, string>;
}

/** The typed register: plain data, whichever host it came from. */
export interface Register {
  codes: CodeLists;
  initiatives: Initiative[];
  reports: Report[];
  dependencies: Dependency[];
  costs: CostRow[];
  /** Every reporting period present in Rapporter or Avhengigheter, sorted. */
  periods: Period[];
  layouts: Partial<Record<SheetKey, SheetLayout>>;
}

/** The A1 cell of a field in a record, when its column exists. */
export function fieldCell(layout: SheetLayout | undefined, row: number, field: string): A1 | undefined {
  const column = layout?.columns[field];
  return layout && column !== undefined ? a1(row, column) : undefined;
}
