/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { attachDrawing, drawingRelId } from "../../src/host/file/charts/attachDrawing";
import { parseXml } from "./readChartParts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const open = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/>`;
const CF = '<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>';

// Excel checks the order of a worksheet's children; a drawing in the wrong place makes it "repair" the file.
describe("attachDrawing", () => {
  it.each([
    ["at the end of a plain sheet", `${open}<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></worksheet>`, ["pageMargins", "drawing"]],
    ["before the notes' legacy drawing", `${open}<legacyDrawing r:id="rId1"/></worksheet>`, ["drawing", "legacyDrawing"]],
    ["before table parts", `${open}<tableParts count="0"/></worksheet>`, ["drawing", "tableParts"]],
    ["before the sheet's own extLst, not inside a rule's", `${open}${CF}<extLst><ext uri="y"/></extLst></worksheet>`, ["conditionalFormatting", "drawing", "extLst"]],
    ["after rules that carry an extLst when the sheet has none", `${open}${CF}</worksheet>`, ["conditionalFormatting", "drawing"]],
  ])("puts <drawing> %s", (_, xml, order) => {
    const doc = parseXml(attachDrawing(xml, "rId7"), "worksheet");
    const children = Array.from(doc.documentElement.children).map((e) => e.localName).filter((n) => order.includes(n));
    expect(children).toEqual(order);
    expect(doc.getElementsByTagNameNS(MAIN, "drawing")[0].getAttributeNS(R, "id")).toBe("rId7");
  });

  it("keeps a prefixed worksheet's prefix and declares r: where the root does not", () => {
    const xml = attachDrawing(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`, "rId1");
    const doc = parseXml(xml, "worksheet");
    expect(doc.getElementsByTagNameNS(MAIN, "drawing")[0].getAttributeNS(R, "id")).toBe("rId1");
    expect(drawingRelId(xml)).toBe("rId1");
  });

  it("finds the drawing a sheet already has", () => {
    expect(drawingRelId(`${open}<drawing r:id="rId3"/><legacyDrawing r:id="rId4"/></worksheet>`)).toBe("rId3");
    expect(drawingRelId(`${open}<legacyDrawing r:id="rId4"/></worksheet>`)).toBeUndefined();
  });
});
