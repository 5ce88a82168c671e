/** A rectangle of 1-based sheet rows and columns, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Parses what Excel's getRange accepts: "B2", "A1:C9", "B:B", "1:100" (a sheet prefix is ignored). */
export function parseAddress(address: string): Rect {
  const local = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const [a, b = a] = local.split(":");
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    return { top: Number(a), left: 1, bottom: Number(b), right: MAX_COLUMN };
  }
  if (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b)) {
    return { top: 1, left: columnNumber(a), bottom: MAX_ROW, right: columnNumber(b) };
  }
  const p = cell(a);
  const q = cell(b);
  if (!p || !q) {
    throw new Error(`The double cannot parse the address ${address}`);
  }
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}

function cell(text: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(text);
  return m ? { row: Number(m[2]), column: columnNumber(m[1]) } : undefined;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n;
}

export function columnName(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The address as Excel reports it: sheet name quoted when it needs to be. */
export function formatAddress(sheet: string, r: Rect): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const from = `${columnName(r.left)}${r.top}`;
  const to = `${columnName(r.right)}${r.bottom}`;
  return `${quoted}!${from === to ? from : `${from}:${to}`}`;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

export function contains(r: Rect, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}
