import { columnLetters } from "../../../core/cells";

/** A worksheet's last row: nothing lies below it. */
export const LAST_ROW = 1_048_576;

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

/** Rows top..bottom (1-based, inclusive); bottom is top − 1 when none are left. */
export interface RowSpan {
  top: number;
  bottom: number;
}

const REF = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

/**
 * A span of rows after the shifts: it grows when rows are inserted inside it
 * and shrinks when rows inside it go; rows pushed past the sheet's last row
 * are cut off. With `growAtEnd`, rows inserted right below it join it (a
 * table's new last rows). The span may come out empty (bottom < top), at the
 * row where its rows were.
 */
export function shiftSpan(span: RowSpan, shifts: readonly RowShift[], growAtEnd = false): RowSpan {
  let { top, bottom } = span;
  for (const s of shifts) {
    if (s.append && !growAtEnd) {
      continue;
    }
    if (s.kind === "insert") {
      const joins = growAtEnd && bottom === s.at - 1;
      if (top >= s.at) {
        top += s.count;
      }
      if (bottom >= s.at || joins) {
        bottom += s.count;
      }
      bottom = Math.min(bottom, LAST_ROW);
      top = Math.min(top, bottom + 1);
    } else {
      const last = s.at + s.count - 1;
      top = top < s.at ? top : top > last ? top - s.count : s.at;
      bottom = bottom < s.at ? bottom : bottom > last ? bottom - s.count : s.at - 1;
    }
  }
  return { top, bottom };
}

/**
 * A reference (A5, B2:D9, 3:7, A:A) after the shifts, as shiftSpan moves its
 * rows; undefined when none of its rows is left (deleted, or pushed past the
 * sheet's last row).
 */
export function shiftRef(ref: string, shifts: readonly RowShift[], growAtEnd = false): string | undefined {
  const parsed = parseRef(ref);
  if (!parsed) {
    return ref;
  }
  const span = shiftSpan(parsed.span, shifts, growAtEnd);
  if (span.bottom < span.top || span.top > LAST_ROW) {
    return undefined;
  }
  return parsed.format(span);
}

/** A reference's rows and a way to write it back with other rows; undefined for references without rows (A:C) or not in A1 form. */
export function parseRef(ref: string): { span: RowSpan; format: (span: RowSpan) => string } | undefined {
  const [from, to] = ref.split(":");
  const a = REF.exec(from);
  const b = REF.exec(to ?? from);
  if (!a || !b || a[4] === undefined || b[4] === undefined) {
    return undefined;
  }
  const part = (m: RegExpExecArray, row: number) => `${m[1]}${m[2] ?? ""}${m[3]}${row}`;
  return {
    span: { top: Number(a[4]), bottom: Number(b[4]) },
    format: ({ top, bottom }) => (to === undefined ? part(a, top) : `${part(a, top)}:${part(b, bottom)}`),
  };
}

/** A space-separated list of references (an sqref) after the shifts; undefined when none is left. */
export function shiftSqref(sqref: string, shifts: readonly RowShift[]): string | undefined {
  const kept = sqref
    .trim()
    .split(/\s+/)
    .map((r) => shiftRef(r, shifts))
    .filter((r): r is string => r !== undefined);
  return kept.length > 0 ? kept.join(" ") : undefined;
}

/**
 * A drawing's anchor row (0-based, as DrawingML and VML count) after the
 * shifts: `cut` when its own row was deleted, the anchor then sitting at the
 * top of the row that took the deleted rows' place.
 */
export function shiftAnchorRow(row0: number, shifts: readonly RowShift[]): { row0: number; cut: boolean } {
  let row = row0 + 1;
  let cut = false;
  for (const s of shifts) {
    if (s.append) {
      continue;
    }
    if (s.kind === "insert") {
      if (row >= s.at) {
        row = Math.min(row + s.count, LAST_ROW);
      }
    } else if (row > s.at + s.count - 1) {
      row -= s.count;
    } else if (row >= s.at) {
      row = s.at;
      cut = true;
    }
  }
  return { row0: row - 1, cut };
}

/** An A1 address with its row changed. */
export function withRow(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}
