import type { Rect } from "./addresses";
import { parseAddress } from "./addresses";
import type { FakeExcel } from "./fakeExcel";
import type { FakeRange } from "./fakeRange";
import type { FakeSheet } from "./fakeSheet";
import { FakeWorksheet } from "./fakeWorksheets";
import { notLoaded, officeError } from "./officeError";

/**
 * What the template features need of the double, added to its worksheets
 * and ranges: sheet protection, a range's
 * format.protection.locked, and inserting, deleting and format-copying of
 * whole rows, which shift the cells below as Excel does. Importing this file
 * installs them.
 */

/** Protection state per sheet (the options it was protected with). */
export const protections = new WeakMap<FakeSheet, Excel.WorksheetProtectionOptions>();

type Call = (what: string, run: (target: unknown) => unknown, payload?: unknown) => void;
type RangeTarget = { sheet: FakeSheet; rect: Rect };

const proto = FakeWorksheet.prototype as unknown as Record<string, unknown>;
const sheetCall = (ws: FakeWorksheet): Call => (ws as unknown as { call: Call }).call.bind(ws);

Object.defineProperty(proto, "protection", {
  get(this: FakeWorksheet) {
    const call = sheetCall(this);
    return {
      protect: (options: Excel.WorksheetProtectionOptions = {}) =>
        call(
          "protection.protect",
          (s) => {
            if (protections.has(s as FakeSheet)) {
              throw officeError("InvalidOperation", "The worksheet is already protected.");
            }
            protections.set(s as FakeSheet, options);
          },
          options,
        ),
    };
  },
});

// The double's own getRange, wrapped below; it is always called with the worksheet as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const getRange = FakeWorksheet.prototype.getRange;
FakeWorksheet.prototype.getRange = function (this: FakeWorksheet, address: string): FakeRange {
  return withRowEdits(getRange.call(this, address));
};

function withRowEdits(range: FakeRange): FakeRange {
  const call = (range as unknown as { call: (what: string, run: (t: RangeTarget) => unknown, payload?: unknown) => void }).call.bind(range);
  const format = range.format as unknown as Record<string, unknown>;
  const protection = {};
  Object.defineProperty(protection, "locked", {
    set: (value: boolean) =>
      call(
        "format.protection.locked=",
        ({ sheet, rect }) => void sheet.formats.push({ rect, property: "protection.locked", value }),
        value,
      ),
    get: () => {
      throw notLoaded("locked");
    },
  });
  format.protection = protection;
  Object.defineProperty(format, "rowHeight", {
    set: (value: number) =>
      call("format.rowHeight=", ({ sheet, rect }) => void sheet.formats.push({ rect, property: "rowHeight", value }), value),
    get: () => {
      throw notLoaded("rowHeight");
    },
  });
  Object.assign(range, {
    insert: (shift: string) =>
      call(`insert(${shift})`, ({ sheet, rect }) => {
        if (shift !== "Down" || !wholeRows(rect)) {
          throw new Error("The double inserts whole rows, shifting down, only");
        }
        excelOf(range).changedCells();
        shiftRows(sheet, rect.top, rect.bottom - rect.top + 1);
      }),
    delete: (shift: string) =>
      call(`delete(${shift})`, ({ sheet, rect }) => {
        if (shift !== "Up" || !wholeRows(rect)) {
          throw new Error("The double deletes whole rows, shifting up, only");
        }
        excelOf(range).changedCells();
        shiftRows(sheet, rect.bottom + 1, -(rect.bottom - rect.top + 1));
      }),
    copyFrom: (source: string, type: string) =>
      call(`copyFrom(${source},${type})`, ({ sheet, rect }) => {
        if (type !== "Formats") {
          throw new Error("The double copies formats only");
        }
        copyRowFormats(sheet, parseAddress(source).top, rect);
      }),
  });
  return range;
}

const excelOf = (range: FakeRange): FakeExcel => (range as unknown as { excel: FakeExcel }).excel;

const MAX_COLUMN = 16_384;
const wholeRows = (r: Rect) => r.left === 1 && r.right === MAX_COLUMN;

/** Moves every row from `from` down by `by` (up when negative; the rows above `from` that it covers are gone). */
function shiftRows(sheet: FakeSheet, from: number, by: number): void {
  const used = sheet.usedRect();
  const last = Math.max(used?.bottom ?? 0, ...[...sheet.numberFormats.keys()].map((k) => Number(k.split(",")[0])));
  const right = Math.max(used?.right ?? 0, 1);
  const move = (r: number) => {
    for (let c = 1; c <= right; c++) {
      sheet.setCell(r + by, c, sheet.cell(r, c));
      sheet.setCell(r, c, undefined);
      const key = `${r},${c}`;
      const format = sheet.numberFormats.get(key);
      sheet.numberFormats.delete(key);
      if (format !== undefined) {
        sheet.numberFormats.set(`${r + by},${c}`, format);
      }
    }
  };
  if (by > 0) {
    for (let r = last; r >= from; r--) {
      move(r);
    }
  } else {
    for (let r = from + by; r < from; r++) {
      for (let c = 1; c <= right; c++) {
        sheet.setCell(r, c, undefined);
        sheet.numberFormats.delete(`${r},${c}`);
      }
    }
    for (let r = from; r <= last; r++) {
      move(r);
    }
  }
  for (const f of sheet.formats) {
    if (f.rect.top >= from) {
      f.rect = { ...f.rect, top: f.rect.top + by, bottom: f.rect.bottom + by };
    }
  }
}

function copyRowFormats(sheet: FakeSheet, sourceRow: number, target: Rect): void {
  const used = sheet.usedRect();
  for (let c = 1; c <= (used?.right ?? 0); c++) {
    const format = sheet.numberFormats.get(`${sourceRow},${c}`);
    for (let r = target.top; r <= target.bottom; r++) {
      if (format === undefined) {
        sheet.numberFormats.delete(`${r},${c}`);
      } else {
        sheet.numberFormats.set(`${r},${c}`, format);
      }
    }
  }
}
