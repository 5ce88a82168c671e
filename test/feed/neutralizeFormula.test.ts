import { neutralizeFormula } from "../../src/core/text/neutralizeFormula";

describe("neutralizeFormula", () => {
  it.each([['=HYPERLINK("http://x.example","klikk")'], ["+cmd|' /C calc'!A0"], ["-1+1"], ["@SUM(1+1)"], ["\t=1+1"], ["\r=1+1"]])(
    "puts an apostrophe before %j, which a spreadsheet would run",
    (text) => {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    },
  );

  it.each([["EPJ-løftet"], ["Grønn"], [""], ["1+1=2"], ["T-017"], ["'=already quoted"]])("leaves %j as it is", (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
});
