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
  /** What the initiative delivers: the report's text on a new initiative (chapter 3). */
  description?: string;
  /** Main deliveries and remaining needs: the report's text on a completed initiative (chapter 3). */
  closingSummary?: string;
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

/** One activity of an actor in an area of a strategic goal, for one plan year (Veikart, chapter 7). */
export interface RoadmapRow extends RowRef {
  /** A code of Strategisk mål. */
  goal?: string;
  /** The area's heading. */
  area?: string;
  /** Tells apart areas of one goal that share a heading; empty for most. */
  areaKey?: string;
  objective?: string;
  who?: string;
  service?: string;
  /** What happens in the plan year. */
  activity?: string;
  /** The plan year. */
  year?: number;
  /** Start of the whole period. */
  from?: number;
  /** End of the whole period; absent with `from` given, the period is open-ended. */
  to?: number;
  /** An ID of Tiltak. */
  initiative?: string;
  note?: string;
}

/** A current topic or challenge of a period (Temaer, chapter 4). */
export interface Topic extends RowRef {
  period?: Period;
  title?: string;
  text?: string;
  /** Followed up from an earlier report (chapter 4.1); false when not said. */
  followUp: boolean;
  /** Tiltak IDs as written, comma-separated; `splitIds` reads them. */
  initiatives?: string;
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
  /** Veikart rows in sheet order; empty when the sheet is missing. */
  roadmap: RoadmapRow[];
  /** Temaer rows in sheet order; empty when the sheet is missing. */
  topics: Topic[];
  /** The reporting deadline of a period (Kodeverk list Frist), by period. */
  deadlines: Partial<Record<Period, IsoDate>>;
  /** Every reporting period present in Rapporter or Avhengigheter, sorted. */
  periods: Period[];
  layouts: Partial<Record<SheetKey, SheetLayout>>;
}

/** The IDs of a comma- or semicolon-separated list as written, trimmed, empty parts left out. */
export function splitIds(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[,;]/)
    .map((id) => id.trim())
    .filter((id) => id !== "");
}

/** The A1 cell of a field in a record, when its column exists. */
export function fieldCell(layout: SheetLayout | undefined, row: number, field: string): A1 | undefined {
  const column = layout?.columns[field];
  return layout && column !== undefined ? a1(row, column) : undefined;
}
