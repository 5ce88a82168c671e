import { formatAddress, type Rect } from "./addresses";
import { EXCEL_READ_CELL_LIMIT, type FakeExcel } from "./fakeExcel";
import type { FakeSheet, Scalar } from "./fakeSheet";
import { notLoaded, officeError } from "./officeError";
import { QueuedProxy, type Resolve } from "./queuedProxy";
import { typedInput } from "./typedInput";

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export class FakeRange extends QueuedProxy<RangeTarget> {
  readonly format: FakeFormat;

  constructor(excel: FakeExcel, resolve: Resolve<RangeTarget>, label: string, nullable = false) {
    super(excel, resolve, label, nullable);
    this.format = fakeFormat((property, value) =>
      this.call(
        `format.${property}=`,
        ({ sheet, rect }) => {
          if (property !== "columnWidth") {
            return void sheet.formats.push({ rect, property, value });
          }
          for (let c = rect.left; c <= rect.right; c++) {
            sheet.columnWidths.set(c, value as number);
          }
        },
        value,
      ),
    );
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(values: Scalar[][]) {
    this.call(
      "values=",
      ({ sheet, rect }) => {
        checkShape(rect, values);
        this.excel.changedCells();
        values.forEach((line, r) =>
          line.forEach((v, c) => {
            const row = rect.top + r;
            const column = rect.left + c;
            sheet.setCell(row, column, typedInput(v, sheet.numberFormats.get(`${row},${column}`)));
          }),
        );
      },
      values,
    );
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.call(
      "numberFormat=",
      ({ sheet, rect }) => {
        checkShape(rect, formats);
        formats.forEach((line, r) => line.forEach((f, c) => sheet.numberFormats.set(`${rect.top + r},${rect.left + c}`, f)));
      },
      formats,
    );
  }

  /** Data validation: the rule and the error alert, each set as a whole. */
  get dataValidation(): { rule: unknown; errorAlert: unknown } {
    const validation = (key: "rule" | "errorAlert") => (value: unknown) =>
      this.call(
        `dataValidation.${key}=`,
        ({ sheet, rect }) => {
          if (key === "rule") {
            checkReferences(this.excel, value);
          }
          let entry = sheet.validations.find((v) => JSON.stringify(v.rect) === JSON.stringify(rect));
          if (!entry) {
            sheet.validations.push((entry = { rect }));
          }
          entry[key] = value;
        },
        value,
      );
    const o = {};
    Object.defineProperty(o, "rule", {
      set: validation("rule"),
      get: () => {
        throw notLoaded("rule");
      },
    });
    Object.defineProperty(o, "errorAlert", {
      set: validation("errorAlert"),
      get: () => {
        throw notLoaded("errorAlert");
      },
    });
    return o as { rule: unknown; errorAlert: unknown };
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.call(
      "hyperlink=",
      ({ sheet, rect }) => {
        sheet.hyperlinks.set(formatAddress(sheet.name, rect).split("!")[1], link);
        if (link.textToDisplay !== undefined) {
          sheet.setCell(rect.top, rect.left, { value: link.textToDisplay });
        }
      },
      link,
    );
  }

  merge(across = false): void {
    this.call(`merge(${across})`, ({ sheet, rect }) => {
      if (sheet.isMerged(rect)) {
        throw officeError("InvalidOperation", "Cannot merge cells that overlap a merged range.");
      }
      sheet.merges.push(rect);
    });
  }

  select(): void {
    this.call("select()", ({ sheet, rect }) => {
      if (this.excel.activeSheet !== sheet.name) {
        throw officeError("InvalidSelection", "The selection is not on the active worksheet.");
      }
      this.excel.selection = { sheet: sheet.name, address: formatAddress(sheet.name, rect).split("!")[1] };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    void valuesOnly;
    return new FakeRange(
      this.excel,
      () => {
        const source = this.source();
        const used = source?.sheet.usedRect(source.rect);
        return source && used ? { sheet: source.sheet, rect: used } : undefined;
      },
      `${this.label}.getUsedRangeOrNullObject`,
      true,
    );
  }

  protected snapshot({ sheet, rect }: RangeTarget, names: string[]): Record<string, unknown> {
    const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (cells > EXCEL_READ_CELL_LIMIT && names.some((n) => CELL_PROPERTIES.has(n))) {
      throw officeError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
    }
    const get: Record<string, () => unknown> = {
      address: () => formatAddress(sheet.name, rect),
      rowCount: () => rect.bottom - rect.top + 1,
      columnCount: () => rect.right - rect.left + 1,
      values: () => sheet.valuesIn(rect),
      numberFormat: () => sheet.numberFormatsIn(rect),
    };
    return Object.fromEntries(
      names.map((n) => {
        if (!get[n]) {
          throw new Error(`The double does not load range.${n}`);
        }
        return [n, get[n]()];
      }),
    );
  }
}

export class FakeRangeAreas extends QueuedProxy<{ sheet: FakeSheet; rects: Rect[] }> {
  readonly format: FakeFormat;

  constructor(excel: FakeExcel, resolve: Resolve<{ sheet: FakeSheet; rects: Rect[] }>, label: string) {
    super(excel, resolve, label);
    this.format = fakeFormat((property, value) =>
      this.call(`format.${property}=`, ({ sheet, rects }) => rects.forEach((rect) => sheet.formats.push({ rect, property, value })), value),
    );
  }

  protected snapshot(): Record<string, unknown> {
    throw new Error("The double does not load properties of multi-area ranges");
  }
}

export interface FakeFormat {
  font: { bold: boolean; italic: boolean; size: number; color: string };
  fill: { color: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  columnWidth: number;
  borders: { getItem(edge: string): { style: string; color: string } };
}

/** Range format proxies: every property can be set (queued), none read without loading, as in Office. */
function fakeFormat(set: (property: string, value: unknown) => void): FakeFormat {
  const setters = (prefix: string, names: string[]) => {
    const o: Record<string, unknown> = {};
    for (const n of names) {
      Object.defineProperty(o, n, {
        set: (v: unknown) => set(`${prefix}${n}`, v),
        get: () => {
          throw notLoaded(n);
        },
        enumerable: true,
      });
    }
    return o;
  };
  const format = setters("", ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth"]);
  return Object.assign(format, {
    font: setters("font.", ["bold", "italic", "size", "color", "name", "underline"]),
    fill: setters("fill.", ["color"]),
    borders: { getItem: (edge: string) => setters(`borders.${edge}.`, ["style", "color", "weight"]) },
  }) as unknown as FakeFormat;
}

function checkShape(rect: Rect, rows: unknown[][]): void {
  const height = rect.bottom - rect.top + 1;
  const width = rect.right - rect.left + 1;
  if (rows.length !== height || rows.some((line) => line.length !== width)) {
    throw officeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
}

/** Properties loaded cell by cell, to which Excel's 5,000,000-cell read limit applies. */
const CELL_PROPERTIES = new Set(["values", "numberFormat", "text", "formulas", "valueTypes"]);

/**
 * A validation formula ("='Kodeverk'!$B$2:$B$9") must refer to sheets that
 * exist when the rule is set: Excel refuses the rule with InvalidArgument
 * (errorLocation ListDataValidation.source), as in
 * https://github.com/OfficeDev/office-js/issues/277; which source strings a
 * list accepts: https://github.com/OfficeDev/office-js-docs/issues/1314.
 */
function checkReferences(excel: FakeExcel, rule: unknown): void {
  const formulas: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === "string" && v.startsWith("=")) {
      formulas.push(v);
    } else if (v && typeof v === "object") {
      Object.values(v).forEach(collect);
    }
  };
  collect(rule);
  for (const formula of formulas) {
    for (const m of formula.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*))!/g)) {
      const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      if (!excel.findSheet(name)) {
        throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "ListDataValidation.source");
      }
    }
  }
}
