import type { A1, CellRange, CellValue } from "../cells";
import type { Lang } from "../messages/catalogue";
import type { Period } from "../register/period";
import type { SheetCells } from "../report/reportSheet";

/** A template's marker row: what the template is for, as written when it was made. */
export interface TemplateMarker {
  /** The template sheet's name. */
  sheet: string;
  id: string;
  period: Period;
  version: number;
  lang: Lang;
  name: string;
  owner: string;
  segment: string;
  /** The last row of the dependency table's answer area: rows below it are never read. Absent in older templates. */
  lastAnswerRow?: number;
}

/** A dropdown or a bound on template cells, as both hosts can write it. */
export type TemplateValidation =
  | { kind: "list"; range: CellRange; /** A range on the marker sheet, without "=": '_mal'!$L$2:$L$4. */ formula: string; error: string }
  | { kind: "date"; range: CellRange; error: string }
  | { kind: "decimal"; range: CellRange; min: number; error: string };

/**
 * One template sheet as plain data: values from A1, styles by range, the
 * cells a contact may edit (all others are locked once the sheet is
 * protected) and the validations on them. Both hosts render exactly this.
 */
export interface TemplateSheetDoc extends SheetCells {
  marker: TemplateMarker;
  /** A file name for the template alone, e.g. "T-004 EPJ-løftet 2023-Q3.xlsx". */
  fileName: string;
  /** Ranges left unlocked under sheet protection. */
  inputs: CellRange[];
  validations: TemplateValidation[];
  /** Heights in points of rows that hold long text. */
  rowHeights: Record<number, number>;
  /** The cell to select when the template opens. */
  firstInput: A1;
}

/**
 * A workbook of templates: the template sheets plus the marker sheet (very
 * hidden; its rows name the templates, its columns hold the code lists the
 * dropdowns point to).
 */
export interface TemplateBook {
  markerSheet: string;
  marker: CellValue[][];
  templates: TemplateSheetDoc[];
}
