import type { FakeCell, Scalar } from "./fakeSheet";

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * What Excel stores when a string arrives through `range.values`: Excel
 * parses it as if typed, locale-neutral (en-US), unless the cell is formatted
 * as text ("@") or the string carries the quote prefix "'".
 * Sources: Range.values in @types/office-js ("If the returned value starts
 * with a plus, minus, or equal sign, Excel interprets this value as a
 * formula"; "locale-shaped strings (such as 19-8-2025 in nl-NL) are stored as
 * text … use a locale-neutral format like ISO (YYYY-MM-DD)"); the quote
 * prefix keeps an entry as text: https://github.com/OfficeDev/office-js/issues/6687.
 * What typed input becomes (numbers with thousands separators, currency,
 * percent, "(100)", fractions "1 1/2", times "12:30", dates "Jan 2024",
 * "3 Apr", "4/3/2023", booleans, error values "#N/A") is Excel's own entry
 * parsing in en-US: https://support.microsoft.com/office/format-numbers-as-dates-or-times-418bd3fe-0577-47c8-8caa-b4d30c528309
 */
export function typedInput(value: Scalar, numberFormat: string | undefined): FakeCell | undefined {
  if (typeof value !== "string") {
    return { value };
  }
  if (value === "") {
    return undefined;
  }
  if (numberFormat === "@") {
    return { value };
  }
  if (value.startsWith("'")) {
    return { value: value.slice(1), quotePrefix: true };
  }
  const t = value.trim();
  const parsed = number(t) ?? fraction(t) ?? time(t) ?? date(t);
  if (parsed !== undefined) {
    return { value: parsed };
  }
  if (/^(true|false)$/i.test(t)) {
    return { value: t.toLowerCase() === "true" };
  }
  if (ERRORS.has(t.toUpperCase())) {
    return { value: t.toUpperCase(), error: true };
  }
  // "=", "+", "-" and "@" start a formula; the double does not calculate, Excel would show a result or an error.
  if (/^[=+\-@]/.test(value)) {
    return { value: "#NAME?", formula: value, error: true };
  }
  return { value };
}

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "12", "-1,234.5", "1e5", "$100", "50%", "(100)": en-US numbers as typed. */
function number(t: string): number | undefined {
  const m = /^(\()?([+-])?(\$)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?\s*(%)?(\))?$/i.exec(t);
  if (!m || Boolean(m[1]) !== Boolean(m[7])) {
    return undefined;
  }
  let n = Number(m[4].replace(/,/g, "") + (m[5] ?? ""));
  if (m[6]) {
    n /= 100;
  }
  return (m[2] === "-") !== Boolean(m[1]) ? -n : n;
}

/** "1 1/2" is one and a half; a bare "1/2" is a date (January 2nd). */
function fraction(t: string): number | undefined {
  const m = /^([+-])?(\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (!m || Number(m[4]) === 0) {
    return undefined;
  }
  const n = Number(m[2]) + Number(m[3]) / Number(m[4]);
  return m[1] === "-" ? -n : n;
}

/** "12:30", "12:30:15", "1:30 PM": a fraction of a day. */
function time(t: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a|p)?$/i.exec(t);
  if (!m) {
    return undefined;
  }
  let hours = Number(m[1]);
  if (m[4]) {
    hours = (hours % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  }
  return (hours * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400;
}

/** en-US dates: "4/3/2023", "4/3", "2023-04-03", "3-Apr-2023", "3 Apr", "Apr 3, 2023", "Jan 2024". */
function date(t: string): number | undefined {
  const thisYear = new Date().getUTCFullYear();
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const monthName =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  let m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    return serial(year(m[3], thisYear), Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(t);
  if (m) {
    return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  m = new RegExp(`^(\\d{1,2})[ -]${monthName}(?:[ -](\\d{2}|\\d{4}))?$`, "i").exec(t);
  if (m) {
    return serial(year(m[3], thisYear), month(m[2]), Number(m[1]));
  }
  m = new RegExp(`^${monthName}[ -](\\d{1,2})(?:,?\\s+(\\d{4}))?$`, "i").exec(t);
  if (m) {
    return serial(year(m[3], thisYear), month(m[1]), Number(m[2]));
  }
  m = new RegExp(`^${monthName}[ -](\\d{4})$`, "i").exec(t);
  if (m) {
    return serial(Number(m[2]), month(m[1]), 1);
  }
  return undefined;
}

function year(text: string | undefined, fallback: number): number {
  if (text === undefined) {
    return fallback;
  }
  const y = Number(text);
  return text.length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

function serial(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) {
    return undefined;
  }
  const ms = Date.UTC(y, m - 1, d);
  if (new Date(ms).getUTCDate() !== d) {
    return undefined;
  }
  return (ms - EPOCH_MS) / DAY_MS;
}
