import { a1Range, type A1Range, type CellRange } from "../../core/cells";
import type { CellStyle } from "../../core/report/reportSheet";

type StyleRange = { range: CellRange; style: CellStyle };

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One style and every rectangle that gets it, applied together at the place of its first member. */
export interface StyleGroup {
  style: CellStyle;
  /** The areas as Excel addresses, for one multi-area range. */
  areas: A1Range[];
  /** The same areas as ranges, in the same order. */
  ranges: CellRange[];
}

/**
 * Gathers the report's style ranges by style, so that a table styled row by
 * row (every red cell, every centred count) costs Excel a few multi-area
 * ranges instead of thousands of single ones. A range joins an earlier group
 * only when no style between them touches the same cells with the same
 * properties, so the sheet looks exactly as if each range were applied in turn.
 */
export function groupStyles(styles: readonly StyleRange[]): StyleGroup[] {
  const boxes = styles.map((s) => boxOf(s.range));
  const byRow = new Map<number, number[]>();
  const groups: Array<{ start: number; style: CellStyle; boxes: Box[] }> = [];
  const openGroup = new Map<string, (typeof groups)[number]>();
  styles.forEach(({ style }, j) => {
    const box = boxes[j];
    const key = JSON.stringify(style);
    const candidate = openGroup.get(key);
    if (candidate && !conflictsBetween(candidate.start, j)) {
      candidate.boxes.push(box);
    } else {
      const group = { start: j, style, boxes: [box] };
      groups.push(group);
      openGroup.set(key, group);
    }
    for (let r = box.top; r <= box.bottom; r++) {
      const list = byRow.get(r);
      if (list) {
        list.push(j);
      } else {
        byRow.set(r, [j]);
      }
    }
  });
  return groups.map(({ style, boxes: list }) => {
    const ranges = mergeVertically(list).map((b) => ({ row1: b.top, col1: b.left, row2: b.bottom, col2: b.right }));
    return { style, areas: ranges.map((r) => a1Range(r.row1, r.col1, r.row2, r.col2)), ranges };
  });

  function conflictsBetween(start: number, j: number): boolean {
    const box = boxes[j];
    for (let r = box.top; r <= box.bottom; r++) {
      for (const k of byRow.get(r) ?? []) {
        if (k > start && overlaps(boxes[k], box) && sharesProperty(styles[k].style, styles[j].style)) {
          return true;
        }
      }
    }
    return false;
  }
}

/** Joins rectangles of the same columns that touch top to bottom. */
function mergeVertically(boxes: Box[]): Box[] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: Box[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && last.left === b.left && last.right === b.right && b.top <= last.bottom + 1) {
      last.bottom = Math.max(last.bottom, b.bottom);
    } else {
      out.push({ ...b });
    }
  }
  return out;
}

function boxOf(range: CellRange): Box {
  return { top: range.row1, left: range.col1, bottom: range.row2, right: range.col2 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function sharesProperty(a: CellStyle, b: CellStyle): boolean {
  return Object.keys(a).some((k) => k in b);
}
