import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * Adds a pivot table to a workbook as Excel stores one (no writer the tests
 * can run makes pivots): a pivot cache over Tiltak's Segment column and a
 * pivot table counting initiatives per segment on a sheet "Pivot" of its own.
 * Test-side fixture code, written straight from the OOXML parts.
 */
export async function addPivotTable(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const segments = ["Samstyring", "Koordinering", "Orientering"];
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" saveData="0" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="D1:D40" sheet="Tiltak"/></cacheSource><cacheFields count="1"><cacheField name="Segment" numFmtId="0"><sharedItems count="3">${segments.map((s) => `<s v="${s}"/>`).join("")}</sharedItems></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN}" name="Segmentpivot" cacheId="7" dataCaption="Verdier" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField axis="axisRow" dataField="1" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Antall av Segment" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  const rows = [["Radetiketter", "Antall av Segment"], ...segments.map((s) => [s, 0]), ["Totalsum", 0]];
  const cells = rows
    .map(
      (r, i) =>
        `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>${r[0]}</t></is></c><c r="B${i + 3}"${typeof r[1] === "number" ? `><v>${r[1]}</v>` : ` t="inlineStr"><is><t>${r[1]}</t></is>`}</c></row>`,
    )
    .join("");
  zip.file(
    "xl/worksheets/pivotSheet.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${cells}</sheetData></worksheet>`,
  );
  zip.file("xl/worksheets/_rels/pivotSheet.xml.rels", rels([["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]]));

  const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="rIdPivotSheet" Type="${R}/worksheet" Target="worksheets/pivotSheet.xml"/><Relationship Id="rIdPivotCache" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    ),
  );
  let workbook = await zip.file("xl/workbook.xml")!.async("string");
  // Declared on each element: writers bind the relationships prefix in different places (openpyxl on each <sheet>).
  const rAttr = `xmlns:r="${R}" r:id`;
  workbook = workbook.replace("</sheets>", `<sheet name="Pivot" sheetId="90" ${rAttr}="rIdPivotSheet"/></sheets>`);
  const pivotCaches = `<pivotCaches><pivotCache cacheId="7" ${rAttr}="rIdPivotCache"/></pivotCaches>`;
  // pivotCaches comes after calcPr (and before anything that follows it in the schema).
  workbook = /<calcPr[^>]*\/>/.test(workbook)
    ? workbook.replace(/(<calcPr[^>]*\/>)/, `$1${pivotCaches}`)
    : workbook.replace("</workbook>", `${pivotCaches}</workbook>`);
  zip.file("xl/workbook.xml", workbook);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      [
        `<Override PartName="/xl/worksheets/pivotSheet.xml" ContentType="${TYPE}.worksheet+xml"/>`,
        `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${TYPE}.pivotTable+xml"/>`,
        `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${TYPE}.pivotCacheDefinition+xml"/>`,
        "</Types>",
      ].join(""),
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function rels(items: Array<[string, string, string]>): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
}
