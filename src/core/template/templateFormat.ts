import type { CodeListName } from "../register/codes";

/** The template format this code writes and reads; a template of another version is refused. */
export const TEMPLATE_FORMAT_VERSION = 1;

/** The very hidden sheet that marks a workbook as report template(s) and holds the code lists. */
export const MARKER_SHEET = "_mal";

/** Empty dependency rows below last period's, so contacts can add without inserting rows. */
export const EXTRA_DEPENDENCY_ROWS = 20;

/**
 * Columns of the marker sheet: one row per template sheet in the workbook
 * (a file for one contact has one; a register holding template sheets, several).
 */
export const MARKER_COLUMNS = ["Ark", "Tiltak", "Periode", "Format", "Språk", "Navn", "Eier", "Segment", "Svar til rad"] as const;

/** Where a template without "Svar til rad" (made before it was added) stops reading dependency rows. */
export const MAX_DEPENDENCY_ROWS = 200;

/** Where each code list sits in the marker sheet (header in row 1, codes below); dropdowns point here. */
export const MARKER_LISTS: ReadonlyArray<{ column: number; list: CodeListName | "answer" }> = [
  { column: 11, list: "Fase" },
  { column: 12, list: "Status" },
  { column: 13, list: "Kritikalitet" },
  { column: 14, list: "Kategori" },
  { column: 15, list: "Strategisk mål" },
  { column: 16, list: "Bærekraftsmål" },
  { column: 17, list: "answer" },
];
