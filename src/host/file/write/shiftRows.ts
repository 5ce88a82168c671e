import { columnLetters } from "../../../core/cells";

/**
 * A change of row numbers: rows inserted before `at`, or rows at..at+count-1
 * deleted. Rows written below the last row (`append`) move nothing; only a
 * table that ends right above them takes them in.
 */
export interface RowShift {
  kind: "insert" | "delete";
  at: number;
  count: number;
  append?: boolean;
}

const REF = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

/**
 * A reference (A5, B2:D9, 3:7, A:A) after the shifts: a range grows when rows
 * are inserted inside it and shrinks when rows inside it go; a range whose
 * rows all go is gone (undefined). With `growAtEnd`, rows inserted right
 * below a range join it (a table's new last rows).
 */
export function shiftRef(ref: string, shifts: readonly RowShift[], growAtEnd = false): string | undefined {
  const [from, to] = ref.split(":");
  const a = REF.exec(from);
  const b = REF.exec(to ?? from);
  if (!a || !b) return ref;
  if (a[4] === undefined || b[4] === undefined) return ref;
  let top = Number(a[4]);
  let bottom = Number(b[4]);
  for (const s of shifts) {
    if (s.append && !growAtEnd) continue;
    if (s.kind === "insert") {
      if (top >= s.at) top += s.count;
      if (bottom >= s.at || (growAtEnd && bottom === s.at - 1)) bottom += s.count;
    } else {
      const last = s.at + s.count - 1;
      const newTop = top < s.at ? top : top > last ? top - s.count : s.at;
      const newBottom = bottom < s.at ? bottom : bottom > last ? bottom - s.count : s.at - 1;
      if (newBottom < newTop) return undefined;
      top = newTop;
      bottom = newBottom;
    }
  }
  const part = (m: RegExpExecArray, row: number) => `${m[1]}${m[2] ?? ""}${m[3]}${row}`;
  return to === undefined ? part(a, top) : `${part(a, top)}:${part(b, bottom)}`;
}

/** A space-separated list of references (an sqref) after the shifts; undefined when none is left. */
export function shiftSqref(sqref: string, shifts: readonly RowShift[]): string | undefined {
  const kept = sqref.trim().split(/\s+/).map((r) => shiftRef(r, shifts)).filter((r): r is string => r !== undefined);
  return kept.length > 0 ? kept.join(" ") : undefined;
}

/** An A1 address with its row changed. */
export function withRow(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}
