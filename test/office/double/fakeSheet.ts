import { contains, intersect, type Rect } from "./addresses";

export type Scalar = string | number | boolean;

/** One cell as Excel holds it: a value, or a formula, and whether text was forced with "'". */
export interface FakeCell {
  value: Scalar;
  formula?: string;
  quotePrefix?: boolean;
  /** An error value (#N/A, #NAME?, ...): what Excel shows when typed input is an error or a formula fails. */
  error?: boolean;
}

export interface FakeSeries {
  name?: string;
  values: Rect;
  xValues?: Rect;
  color?: string;
  pointColors: Array<string | undefined>;
}

export interface FakeChartState {
  type: string;
  seriesBy: string;
  title?: string;
  titleVisible?: boolean;
  legendVisible?: boolean;
  legendPosition?: string;
  valueAxisMinimum?: number;
  position?: { from: string; to?: string };
  series: FakeSeries[];
}

/** A name scoped to one worksheet, as Excel keeps it (the formula begins with "="). */
export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

/** A format property set on a range ("font.bold", "fill.color", "borders.EdgeTop.style", ...). */
export interface FormatSetting {
  rect: Rect;
  property: string;
  value: unknown;
}

/**
 * One worksheet's state in the double. Cells are stored row by row so that
 * registers of tens of thousands of rows stay cheap.
 */
export class FakeSheet {
  private readonly rows: Array<Array<FakeCell | undefined> | undefined> = [];
  readonly numberFormats = new Map<string, string>();
  readonly formats: FormatSetting[] = [];
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hyperlinks = new Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>();
  readonly charts: FakeChartState[] = [];
  readonly validations: Array<{ rect: Rect; rule?: unknown; errorAlert?: unknown }> = [];
  /** The names scoped to this sheet, by their name in lower case (Excel ignores case in names). */
  readonly names = new Map<string, FakeName>();
  frozenRows = 0;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };

  constructor(
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  /** Puts plain values in place, as a user would have typed them (used to set up a test workbook). */
  fill(values: ReadonlyArray<ReadonlyArray<Scalar | null>>, origin = { row: 1, column: 1 }): this {
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && v !== "") {
          this.setCell(origin.row + r, origin.column + c, { value: v });
        }
      }),
    );
    return this;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.rows[row]?.[column];
  }

  setCell(row: number, column: number, cell: FakeCell | undefined): void {
    const line = (this.rows[row] ??= []);
    line[column] = cell;
  }

  /** Excel's used range with valuesOnly: the box around every cell holding something, within `within`. */
  usedRect(within?: Rect): Rect | undefined {
    let box: Rect | undefined;
    const top = within?.top ?? 1;
    const bottom = Math.min(within?.bottom ?? this.rows.length, this.rows.length - 1);
    for (let r = top; r <= bottom; r++) {
      const line = this.rows[r];
      if (!line) {
        continue;
      }
      for (let c = within?.left ?? 1; c < line.length && c <= (within?.right ?? Infinity); c++) {
        const cell = line[c];
        if (!cell || (cell.value === "" && cell.formula === undefined)) {
          continue;
        }
        box = box
          ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
          : { top: r, left: c, bottom: r, right: c };
      }
    }
    return box;
  }

  /** `range.values` as Excel returns it: "" for empty cells. */
  valuesIn(rect: Rect): Scalar[][] {
    const out: Scalar[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: Scalar[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        line.push(this.cell(r, c)?.value ?? "");
      }
      out.push(line);
    }
    return out;
  }

  numberFormatsIn(rect: Rect): string[][] {
    const out: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        line.push(this.numberFormats.get(`${r},${c}`) ?? "General");
      }
      out.push(line);
    }
    return out;
  }

  /** The last value set for a format property on a cell, as Excel would show it. */
  formatAt(row: number, column: number, property: string): unknown {
    let value: unknown;
    for (const f of this.formats) {
      if (f.property === property && contains(f.rect, row, column)) {
        value = f.value;
      }
    }
    return value;
  }

  isMerged(rect: Rect): boolean {
    return this.merges.some((m) => intersect(m, rect) !== undefined);
  }
}
