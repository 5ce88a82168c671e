import { LAST_ROW } from "./shiftRows";

const LAST_COLUMN = 16_384;

// At a token's start: a cell (A1, $B$2), a row range (3:7) or a column range (A:C); not when a name, a function
// ("LOG10(") or a sheet ("Q1!") goes on.
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(![\\?\u0080-\uffff])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(!\\?\u0080-\uffff])/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(![\\?\u0080-\uffff])/y;
// Names (in any script), functions, numbers and booleans: stepped over whole, so "LOG10", "1E5" or "ÆB2" is never read as a cell.
const WORD = /[A-Za-z0-9_.\\?$\u0080-\uffff]+/y;
const WORD_START = /[A-Za-z0-9_.\\?$\u0080-\uffff]/;
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)?/iy;

/**
 * A formula as Excel gives it to a cell `rows` rows down and `columns`
 * columns right of the one it was written for: relative references move,
 * absolute ones ($A$1) stay; text in quotes, quoted sheet names, structured
 * references ([…]) and error values are copied as they are. Undefined when a
 * reference would leave the sheet (Excel would show #REF! there).
 */
export function translateFormula(formula: string, rows: number, columns: number): string | undefined {
  let out = "";
  let pos = 0;
  const take = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    return re.exec(formula);
  };
  while (pos < formula.length) {
    const c = formula[pos];
    let end = pos + 1;
    let text: string | undefined;
    if (c === '"' || c === "'") {
      end = closingQuote(formula, pos);
    } else if (c === "[") {
      end = closingBracket(formula, pos);
    } else if (c === "#") {
      end = pos + (take(ERROR)?.[0].length ?? 1);
    } else if (WORD_START.test(c)) {
      let m: RegExpExecArray | null;
      if ((m = take(CELL)) && isColumn(m[2]) && isRow(m[4])) {
        text = joined(moveColumn(m[1], m[2], columns), moveRow(m[3], m[4], rows), "");
      } else if ((m = take(ROWS)) && isRow(m[2]) && isRow(m[4])) {
        text = joined(moveRow(m[1], m[2], rows), moveRow(m[3], m[4], rows), ":");
      } else if ((m = take(COLUMNS)) && isColumn(m[2]) && isColumn(m[4])) {
        text = joined(moveColumn(m[1], m[2], columns), moveColumn(m[3], m[4], columns), ":");
      } else {
        m = take(WORD);
      }
      if (text === OFF_SHEET) {
        return undefined;
      }
      end = pos + m![0].length;
    }
    out += text ?? formula.slice(pos, end);
    pos = end;
  }
  return out;
}

const OFF_SHEET = "";

function joined(a: string | undefined, b: string | undefined, between: string): string {
  return a === undefined || b === undefined ? OFF_SHEET : `${a}${between}${b}`;
}

// Past the sheet's edge it is no reference but a name (XFE1 is one).
function isRow(digits: string): boolean {
  const row = Number(digits);
  return row >= 1 && row <= LAST_ROW;
}

function isColumn(letters: string): boolean {
  return columnNumber(letters) <= LAST_COLUMN;
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) {
    column = column * 26 + (ch.charCodeAt(0) - 64);
  }
  return column;
}

function moveRow(dollar: string, digits: string, by: number): string | undefined {
  if (dollar) {
    return `${dollar}${digits}`;
  }
  const moved = Number(digits) + by;
  return moved >= 1 && moved <= LAST_ROW ? String(moved) : undefined;
}

function moveColumn(dollar: string, letters: string, by: number): string | undefined {
  if (dollar) {
    return `${dollar}${letters}`;
  }
  const moved = columnNumber(letters) + by;
  if (moved < 1 || moved > LAST_COLUMN) {
    return undefined;
  }
  let text = "";
  for (let n = moved; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}

// A quote doubled inside quotes is the quote character itself.
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) {
        return i + 1;
      }
      i += 2;
    } else {
      i++;
    }
  }
  return text.length;
}

// Structured references nest brackets (Tabell1[[#Denne raden];[Frist]]); an apostrophe escapes the next character.
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      i++;
    } else if (c === "[") {
      depth++;
    } else if (c === "]" && --depth === 0) {
      return i + 1;
    }
  }
  return text.length;
}
