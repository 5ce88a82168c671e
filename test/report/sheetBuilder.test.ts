import { SheetBuilder } from "../../src/core/report/sheetBuilder";

describe("SheetBuilder row heights", () => {
  function heightsOf(cells: Array<string | number>, widths: number[], merge = 0): Record<number, number> | undefined {
    const b = new SheetBuilder("k", "Ark");
    b.row(["Tittel"]);
    if (merge > 1) {
      b.paragraph(String(cells[0]), merge);
    } else {
      b.row(cells, { wrap: true });
    }
    b.widths(widths);
    return b.build().rowHeights;
  }

  it.each([
    ["a short text keeps the default height", ["Helse Vest RHF"], [20], undefined],
    ["a text twice the column's width gets two lines or more", ["x ".repeat(30)], [20], "tall"],
    ["numbers never wrap", [123456789012345], [4], undefined],
  ])("%s", (_title, cells, widths, expected) => {
    const heights = heightsOf(cells, widths);
    if (expected === "tall") {
      expect(heights?.[2]).toBeGreaterThanOrEqual(30);
    } else {
      expect(heights).toBeUndefined();
    }
  });

  it("lets a merged note wrap over the whole merge", () => {
    const text = "Et tiltak kan bidra til flere bærekraftsmål og telles da under hvert av dem.";
    expect(heightsOf([text], [8, 52, 16], 3)).toBeUndefined();
    expect(heightsOf([text], [8, 20, 16], 3)?.[2]).toBeGreaterThanOrEqual(30);
  });
});
