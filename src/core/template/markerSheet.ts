import { cellText, isBlank, type CellValue } from "../cells";
import { columnLetters } from "../cells";
import type { Lang } from "../messages/catalogue";
import { DEFAULT_CODES, type Code, type CodeListName, type CodeLists } from "../register/codes";
import { parsePeriod } from "../register/period";
import { cellAt, type SheetData } from "../sheet";
import { codeLabel } from "./layoutTemplate";
import type { TemplateMarker } from "./templateDoc";
import { MARKER_COLUMNS, MARKER_LISTS, MARKER_SHEET } from "./templateFormat";
import { TEMPLATE_TEXT } from "./templateText";

/** The code lists as the marker sheet holds them, plus the answers of the yes/no cells. */
export interface MarkerLists {
  codes: CodeLists;
  answers: string[];
}

/** A marker row as read; `version` as found, so that another version can be named in the finding. */
export interface MarkerRead {
  templates: TemplateMarker[];
  lists: MarkerLists;
}

/** The marker sheet's values: one row per template, the code lists to the right. */
export function buildMarkerValues(markers: readonly TemplateMarker[], codes: CodeLists, lang: Lang): CellValue[][] {
  const lists = markerListValues(codes, lang);
  const height = Math.max(markers.length, ...lists.map((l) => l.values.length)) + 1;
  const width = Math.max(...MARKER_LISTS.map((l) => l.column));
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  MARKER_COLUMNS.forEach((h, i) => (values[0][i] = h));
  markers.forEach((m, r) => {
    values[r + 1].splice(
      0,
      MARKER_COLUMNS.length,
      m.sheet,
      m.id,
      m.period,
      m.version,
      m.lang,
      m.name,
      m.owner,
      m.segment,
      m.lastAnswerRow ?? null,
    );
  });
  for (const l of lists) {
    values[0][l.column - 1] = l.header;
    l.values.forEach((v, r) => (values[r + 1][l.column - 1] = v));
  }
  return values;
}

/** The marker-sheet reference of a code list's cells, for a list dropdown. */
export function markerListFormula(list: CodeListName | "answer", codes: CodeLists): string {
  const column = MARKER_LISTS.find((l) => l.list === list)!.column;
  const count = list === "answer" ? 2 : codes[list].length;
  const letters = columnLetters(column);
  return `'${MARKER_SHEET}'!$${letters}$2:$${letters}$${Math.max(2, count + 1)}`;
}

function markerListValues(codes: CodeLists, lang: Lang): Array<{ column: number; header: string; values: string[] }> {
  const t = TEMPLATE_TEXT[lang];
  return MARKER_LISTS.map(({ column, list }) => {
    if (list === "answer") {
      return { column, header: "Svar", values: [t.yes, t.no] };
    }
    const labelled = list === "Strategisk mål" || list === "Bærekraftsmål";
    return { column, header: list, values: codes[list].map((c) => (labelled ? codeLabel(c) : c.code)) };
  });
}

/** Reads the marker sheet, or undefined when the workbook has none (it is then no template). */
export function readMarker(sheets: readonly SheetData[]): MarkerRead | undefined {
  const sheet = sheets.find((s) => s.name.trim().toLowerCase() === MARKER_SHEET);
  if (!sheet) {
    return undefined;
  }
  const templates: TemplateMarker[] = [];
  const last = sheet.origin.row + sheet.values.length - 1;
  for (let row = 2; row <= last; row++) {
    const m = markerRow(sheet, row);
    if (m) {
      templates.push(m);
    }
  }
  return { templates, lists: readMarkerLists(sheet) };
}

function markerRow(sheet: SheetData, row: number): TemplateMarker | undefined {
  const text = (column: number) => cellText(cellAt(sheet, row, column));
  const period = parsePeriod(text(3));
  const id = text(2);
  if (!id || !period || !text(1)) {
    return undefined;
  }
  const version = Number(text(4));
  const lang: Lang = text(5) === "en" ? "en" : "nb";
  const lastAnswerRow = Number(text(9));
  return {
    sheet: text(1),
    id,
    period,
    version: Number.isFinite(version) ? version : 0,
    lang,
    name: text(6),
    owner: text(7),
    segment: text(8),
    ...(text(9) !== "" && Number.isInteger(lastAnswerRow) && lastAnswerRow > 0 ? { lastAnswerRow } : {}),
  };
}

function readMarkerLists(sheet: SheetData): MarkerLists {
  const codes: CodeLists = { ...DEFAULT_CODES };
  let answers: string[] = [];
  const last = sheet.origin.row + sheet.values.length - 1;
  for (const { column, list } of MARKER_LISTS) {
    const values: CellValue[] = [];
    for (let row = 2; row <= last; row++) {
      values.push(cellAt(sheet, row, column));
    }
    const texts = values.filter((v) => !isBlank(v)).map(cellText);
    if (list === "answer") {
      answers = texts;
    } else if (texts.length > 0) {
      codes[list] = texts.map((t) => parseCode(t, list));
    }
  }
  return { codes, answers };
}

/** "3 God helse og livskvalitet" → code 3 with its description; plain codes stay as they are. */
function parseCode(text: string, list: CodeListName): Code {
  if (list !== "Strategisk mål" && list !== "Bærekraftsmål") {
    return { code: text };
  }
  const space = text.indexOf(" ");
  return space < 0 ? { code: text } : { code: text.slice(0, space), description: text.slice(space + 1) };
}
