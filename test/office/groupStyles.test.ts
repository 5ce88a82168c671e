import fc from "fast-check";
import { cellRange, parseA1, rangeAddress, type CellRange } from "../../src/core/cells";
import type { CellStyle } from "../../src/core/report/reportSheet";
import { groupStyles } from "../../src/host/office/groupStyles";

type Styled = { range: CellRange; style: CellStyle };

/** What each cell ends up with when styles are applied one after another, property by property. */
function appearance(steps: Array<{ areas: string[]; style: CellStyle }>): Map<string, string> {
  const cells = new Map<string, string>();
  for (const { areas, style } of steps) {
    for (const area of areas) {
      const [from, to = from] = area.split(":");
      const a = parseA1(from);
      const b = parseA1(to);
      for (let r = a.row; r <= b.row; r++) {
        for (let c = a.column; c <= b.column; c++) {
          for (const [k, v] of Object.entries(style)) {
            cells.set(`${r},${c},${k}`, String(v));
          }
        }
      }
    }
  }
  return cells;
}

const STYLES: CellStyle[] = [
  { bold: true },
  { fill: "C00000", fontColor: "FFFFFF" },
  { fill: "00A651" },
  { horizontal: "center" },
  { border: "thin", wrap: true },
  { bold: true, fill: "C00000" },
  { numFmt: "0.0" },
];

const styleRange = fc
  .record({
    row: fc.integer({ min: 1, max: 12 }),
    col: fc.integer({ min: 1, max: 4 }),
    rows: fc.integer({ min: 0, max: 3 }),
    cols: fc.integer({ min: 0, max: 2 }),
    style: fc.integer({ min: 0, max: STYLES.length - 1 }),
  })
  .map(({ row, col, rows, cols, style }): Styled => ({ range: cellRange(row, col, row + rows, col + cols), style: STYLES[style] }));

describe("grouping report styles for Excel", () => {
  it("leaves every cell looking as if each style were applied in turn", () => {
    fc.assert(
      fc.property(fc.array(styleRange, { maxLength: 40 }), (styles) => {
        const grouped = groupStyles(styles);
        expect(appearance(grouped)).toEqual(appearance(styles.map((s) => ({ areas: [rangeAddress(s.range)], style: s.style }))));
      }),
      { numRuns: 300 },
    );
  });

  it("turns a table coloured row by row into one group per colour", () => {
    const styles: Styled[] = [];
    for (let r = 2; r <= 2001; r++) {
      styles.push(
        { range: cellRange(r, 1, r, 1), style: r % 2 ? STYLES[1] : STYLES[2] },
        { range: cellRange(r, 1, r, 4), style: STYLES[4] },
      );
    }
    const groups = groupStyles(styles);
    expect(groups).toHaveLength(3);
    expect(groups.find((g) => g.style === STYLES[4])?.areas).toEqual(["A2:D2001"]);
  });
});
