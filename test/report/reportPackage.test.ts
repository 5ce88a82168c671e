import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { buildReport } from "../../src/app/buildReport";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { SAMPLE } from "./sampleReport";

async function report(bytes: Uint8Array, lang: "nb" | "en"): Promise<Uint8Array> {
  const port = await FileWorkbook.open(bytes, "register.xlsx");
  await buildReport(port, { lang });
  return port.save();
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) {
    return target.slice(1);
  }
  const folder = from.slice(0, from.lastIndexOf("/") + 1);
  return decodeURIComponent(new URL(target, `file:///${folder}`).pathname.slice(1));
}

/** Every relationship of the package as [source part, target part] (external targets left out). */
async function relationships(zip: JSZip): Promise<Array<[string, string]>> {
  const found: Array<[string, string]> = [];
  for (const rels of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const source = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    const text = await zip.file(rels)!.async("string");
    for (const tag of text.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (/TargetMode="External"/.test(tag)) {
        continue;
      }
      found.push([source, resolve(source, /Target="([^"]+)"/.exec(tag)![1])]);
    }
  }
  return found;
}

/** A print area on the first report sheet, as a user who prints it would set one (test-side edit). */
async function withPrintArea(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const index = names.indexOf(sheet);
  const name = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${sheet}'!$A$1:$F$30</definedName>`;
  const edited = workbook.includes("<definedNames>")
    ? workbook.replace("<definedNames>", `<definedNames>${name}`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
  zip.file("xl/workbook.xml", edited);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("report run again on its own output", () => {
  let first: JSZip;
  let second: JSZip;
  beforeAll(async () => {
    const once = await report(new Uint8Array(readFileSync(SAMPLE)), "nb");
    first = await JSZip.loadAsync(once);
    second = await JSZip.loadAsync(await report(await withPrintArea(once, "Oppsummering"), "en"));
  });

  const charts = (zip: JSZip) => Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));

  it("replaces the charts and drawings rather than adding to them", () => {
    expect(charts(first).length).toBeGreaterThanOrEqual(6);
    expect(charts(second)).toHaveLength(charts(first).length);
    const drawings = (zip: JSZip) => Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings(second)).toHaveLength(drawings(first).length);
  });

  it("leaves no part that no relationship reaches, and no relationship to a part that is gone", async () => {
    const rels = await relationships(second);
    const parts = Object.keys(second.files).filter((p) => !second.files[p].dir && !p.endsWith(".rels") && p !== "[Content_Types].xml");
    const reached = new Set(rels.map(([, target]) => target));
    expect(parts.filter((p) => !reached.has(p))).toEqual([]);
    expect(rels.filter(([, target]) => !second.file(target))).toEqual([]);
    const sources = Object.keys(second.files)
      .filter((p) => p.endsWith(".rels"))
      .map((p) => p.replace(/_rels\/([^/]*)\.rels$/, "$1"));
    expect(sources.filter((s) => s !== "" && !second.file(s))).toEqual([]);
  });

  it("declares a content type for exactly the parts there are", async () => {
    const types = await second.file("[Content_Types].xml")!.async("string");
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(overrides.filter((p) => !second.file(p))).toEqual([]);
    for (const chart of charts(second)) {
      expect(overrides).toContain(chart);
    }
  });

  it("drops the print area of the sheet it removed, and names the sheets in the order they are", async () => {
    const workbook = await second.file("xl/workbook.xml")!.async("string");
    expect(workbook).not.toContain("_xlnm.Print_Area");
    expect(workbook).not.toContain("Oppsummering");
    const app = await second.file("docProps/app.xml")!.async("string");
    const titles = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]);
    for (const sheet of sheets) {
      expect(titles).toContain(sheet);
    }
    expect(titles).not.toContain("Oppsummering");
  });

  it("adds no style records the first run already added", async () => {
    const count = async (zip: JSZip) => /<cellXfs count="(\d+)"/.exec(await zip.file("xl/styles.xml")!.async("string"))![1];
    expect(await count(second)).toBe(await count(first));
  });

  it("keeps the register's own parts as they were", async () => {
    const sample = await JSZip.loadAsync(readFileSync(SAMPLE));
    for (const part of Object.keys(sample.files).filter((p) => /^xl\/worksheets\/sheet[1-5]\.xml$/.test(p))) {
      const a = Buffer.from(await sample.file(part)!.async("uint8array"));
      expect([part, a.equals(Buffer.from(await second.file(part)!.async("uint8array")))]).toEqual([part, true]);
    }
  });
});
