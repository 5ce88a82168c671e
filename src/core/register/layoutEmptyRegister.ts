import { cellRange, type CellRange, type CellValue } from "../cells";
import type { Catalogue, Lang } from "../messages/catalogue";
import type { CellStyle } from "../report/reportSheet";
import { HEADER } from "../report/styles";
import { CODE_LIST_ALIASES, CODE_LIST_NAMES, DEFAULT_CODES, YES_NO } from "./codes";
import { REGISTER_FORMAT, type ColumnDef, type SheetKey } from "./format";

/** A dropdown or a bound on the cells of one column, as both hosts can write it. */
export type ValidationSpec =
  | { kind: "list"; range: CellRange; /** A range on the code sheet, without "=": 'Kodeverk'!$B$2:$B$4. */ formula: string; error: string }
  | { kind: "list"; range: CellRange; values: string[]; error: string }
  | { kind: "whole"; range: CellRange; min: number; max: number; error: string };

/** One sheet of a new register: its header, any rows, and the validations of its columns. */
export interface RegisterSheetLayout {
  key: SheetKey;
  name: string;
  header: string[];
  rows: CellValue[][];
  headerStyle: CellStyle;
  columnWidths: number[];
  validations: ValidationSpec[];
}

/** An empty register as plain data; each host writes it in its own way. */
export interface RegisterLayout {
  sheets: RegisterSheetLayout[];
}

/** Rows below the header that carry the dropdowns: far more than a quarter's reporting needs. */
export const VALIDATED_ROWS = 1000;

const ORDER: SheetKey[] = ["initiatives", "reports", "dependencies", "costs", "codes"];

/** The error alerts of the register's dropdowns and year cells. */
const ERRORS: Catalogue<{ list: string; year: string }> = {
  nb: { list: "Velg en verdi fra listen.", year: "Skriv et årstall mellom 2000 og 2100." },
  en: { list: "Choose a value from the list.", year: "Enter a year between 2000 and 2100." },
};

/**
 * An empty register in format 1: every sheet with its header row in the
 * chosen language, the built-in code lists in Kodeverk, and dropdowns from
 * those lists on every coded column.
 */
export function layoutEmptyRegister(lang: Lang): RegisterLayout {
  const codes = layoutCodeSheet(lang);
  const sheets = ORDER.map((key) => (key === "codes" ? codes.sheet : layoutDataSheet(key, lang, codes.listRanges)));
  return { sheets };
}

function layoutDataSheet(key: SheetKey, lang: Lang, listRanges: Map<string, string>): RegisterSheetLayout {
  const def = REGISTER_FORMAT[key];
  const validations: ValidationSpec[] = [];
  def.columns.forEach((c, i) => {
    const v = validationFor(c, columnRange(i + 1), lang, listRanges);
    if (v) {
      validations.push(v);
    }
  });
  return {
    key,
    name: def[lang],
    header: def.columns.map((c) => c[lang]),
    rows: [],
    headerStyle: HEADER,
    columnWidths: def.columns.map(widthOf),
    validations,
  };
}

function validationFor(c: ColumnDef, range: CellRange, lang: Lang, listRanges: Map<string, string>): ValidationSpec | undefined {
  const error = ERRORS[lang];
  // "codes" columns hold comma-separated lists, which a dropdown cannot offer.
  if (c.type === "code" && c.list) {
    return { kind: "list", range, formula: listRanges.get(c.list) ?? "", error: error.list };
  }
  if (c.type === "yesno") {
    return { kind: "list", range, values: YES_NO.map((y) => y.code), error: error.list };
  }
  if (c.type === "year") {
    return { kind: "whole", range, min: 2000, max: 2100, error: error.year };
  }
  return undefined;
}

function layoutCodeSheet(lang: Lang): { sheet: RegisterSheetLayout; listRanges: Map<string, string> } {
  const def = REGISTER_FORMAT.codes;
  const name = def[lang];
  const rows: CellValue[][] = [];
  const listRanges = new Map<string, string>();
  for (const list of CODE_LIST_NAMES) {
    const first = rows.length + 2;
    for (const code of DEFAULT_CODES[list]) {
      rows.push([lang === "nb" ? list : CODE_LIST_ALIASES[list], code.code, code.description ?? null]);
    }
    listRanges.set(list, `'${name.replace(/'/g, "''")}'!$B$${first}:$B$${rows.length + 1}`);
  }
  const sheet: RegisterSheetLayout = {
    key: "codes",
    name,
    header: def.columns.map((c) => c[lang]),
    rows,
    headerStyle: HEADER,
    columnWidths: [22, 40, 60],
    validations: [],
  };
  return { sheet, listRanges };
}

function columnRange(column1: number): CellRange {
  return cellRange(2, column1, VALIDATED_ROWS + 1, column1);
}

function widthOf(c: ColumnDef): number {
  if (c.key === "name" || c.key === "dependency" || c.key.endsWith("Reason")) {
    return 40;
  }
  if (c.type === "code" && c.list === "Kategori") {
    return 36;
  }
  return Math.max(12, c.nb.length + 4);
}
