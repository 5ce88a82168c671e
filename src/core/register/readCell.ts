import { cellText, isErrorValue, type CellValue } from "../cells";
import type { FindingType } from "../findings/finding";
import { parseAmount } from "./amounts";
import { matchCode, YES_NO, type Code } from "./codes";
import { parseDate } from "./dates";
import type { ColumnType } from "./format";
import { parsePeriod } from "./period";

/** A cell that is not of its column's type. */
export type ReadFailure = Extract<
  FindingType,
  "cell/formula-error" | "cell/enum" | "cell/date" | "cell/period" | "cell/amount" | "cell/year" | "cell/email"
>;
/** A cell read, but not as it should be written. */
export type ReadWarning = Extract<FindingType, "cell/decimal-comma" | "cell/number-as-text">;

/** What reading one cell gave: a typed value, nothing, or a problem to report. */
export type CellRead =
  | { kind: "empty" }
  | { kind: "value"; value: unknown; warning?: { type: ReadWarning; hint?: string } }
  | { kind: "invalid"; type: ReadFailure; hint?: string };

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

/**
 * Reads one non-blank cell as a column type. Codes come back in their
 * canonical spelling; `list` is the code list for code columns.
 */
export function readCell(value: CellValue, type: ColumnType, list: readonly Code[] = []): CellRead {
  if (value === null || (typeof value === "string" && value.trim() === "")) {
    return { kind: "empty" };
  }
  if (isErrorValue(value)) {
    return { kind: "invalid", type: "cell/formula-error" };
  }
  // A date cell whose serial a reader could not turn into a date is broken in any column.
  if (value instanceof Date && Number.isNaN(value.getTime())) {
    return { kind: "invalid", type: "cell/date" };
  }
  switch (type) {
    case "text":
      return { kind: "value", value: cellText(value) };
    case "code":
      return readCode(value, list, "cell/enum");
    case "yesno":
      if (typeof value === "boolean") {
        return { kind: "value", value };
      }
      {
        const r = readCode(value, YES_NO, "cell/enum");
        return r.kind === "value" ? { kind: "value", value: r.value === "Ja" } : r;
      }
    case "codes":
      return readCodes(value, list);
    case "email":
      return EMAIL.test(cellText(value)) ? { kind: "value", value: cellText(value) } : { kind: "invalid", type: "cell/email" };
    case "date": {
      if (typeof value === "boolean") {
        return { kind: "invalid", type: "cell/date" };
      }
      const d = parseDate(value);
      return d ? { kind: "value", value: d } : { kind: "invalid", type: "cell/date", hint: "2023-04-03" };
    }
    case "period": {
      const p = typeof value === "string" ? parsePeriod(value) : undefined;
      return p ? { kind: "value", value: p } : { kind: "invalid", type: "cell/period", hint: "2023-Q2" };
    }
    case "amount":
      return readAmount(value);
    case "year": {
      const n = typeof value === "number" ? value : Number(cellText(value));
      return Number.isInteger(n) && n >= 2000 && n <= 2100 ? { kind: "value", value: n } : { kind: "invalid", type: "cell/year" };
    }
  }
}

function readCode(value: CellValue, list: readonly Code[], type: ReadFailure): CellRead {
  const m = matchCode(list, cellText(value));
  return m.ok ? { kind: "value", value: m.code } : { kind: "invalid", type, hint: m.nearest };
}

function readCodes(value: CellValue, list: readonly Code[]): CellRead {
  const parts = cellText(value)
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const codes: string[] = [];
  for (const part of parts) {
    const m = matchCode(list, part);
    if (!m.ok) {
      return { kind: "invalid", type: "cell/enum", hint: m.nearest };
    }
    if (!codes.includes(m.code)) {
      codes.push(m.code);
    }
  }
  return { kind: "value", value: codes };
}

function readAmount(value: CellValue): CellRead {
  if (value === null || value instanceof Date) {
    return { kind: "invalid", type: "cell/amount" };
  }
  const a = parseAmount(value);
  if (!a.ok) {
    return { kind: "invalid", type: "cell/amount" };
  }
  const text = typeof value === "string" ? value : "";
  const warning: { type: ReadWarning; hint: string } | undefined = !a.fromText
    ? undefined
    : text.includes(",")
      ? { type: "cell/decimal-comma", hint: String(a.value) }
      : a.internal
        ? undefined
        : { type: "cell/number-as-text", hint: String(a.value) };
  return { kind: "value", value: { amount: a.value, internal: a.internal }, warning };
}
