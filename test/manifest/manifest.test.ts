/** @jest-environment jsdom */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { all, buildPath, DEV_ORIGIN, manifestText, manifestUrls, parseManifest, ROOT } from "./readManifest";

const doc = parseManifest();
const root = doc.documentElement;
const child = (name: string) => Array.from(root.children).find((e) => e.localName === name);

describe("manifest.xml", () => {
  it("is a well-formed task pane manifest for Excel workbooks", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all(doc, "app", "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  it("fails to parse when broken, so the check above means something", () => {
    expect(() => parseManifest(manifestText().replace("</OfficeApp>", ""))).toThrow(/not well-formed/);
  });

  it("has its elements in the order the schema requires", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(Array.from(root.children).map((e) => e.localName)).toEqual(order);
  });

  it("has a fixed GUID id and a four-part version", () => {
    expect(child("Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(child("Version")?.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("speaks Norwegian by default and English in en-US, for name and description", () => {
    expect(child("DefaultLocale")?.textContent).toBe("nb-NO");
    for (const name of ["DisplayName", "Description"]) {
      const el = child(name);
      expect(el?.getAttribute("DefaultValue")).toMatch(/[a-zæøå]/i);
      const en = Array.from(el?.children ?? []).find((o) => o.getAttribute("Locale") === "en-US");
      expect(en?.getAttribute("Value")).toBeTruthy();
      expect(en?.getAttribute("Value")).not.toBe(el?.getAttribute("DefaultValue"));
    }
  });

  it("asks for ExcelApi 1.9 (screen updating, page layout, multi-area ranges, chart series) and ReadWriteDocument", () => {
    const sets = all(doc, "app", "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
    expect(child("Permissions")?.textContent).toBe("ReadWriteDocument");
  });

  it("opens the task pane from a button in a group on the Home tab", () => {
    const tab = all(doc, "ov", "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = all(tab, "ov", "Control")[0];
    expect(button.getAttribute("xsi:type")).toBe("Button");
    const action = all(button, "ov", "Action")[0];
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
    expect(all(action, "ov", "SourceLocation")[0].getAttribute("resid")).toBe("Taskpane.Url");
  });

  it("gives the button icons of 16, 32 and 80 px", () => {
    const button = all(doc, "ov", "Control")[0];
    expect(all(button, "bt", "Image").map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
  });

  it("gives the add-in the icon sizes a task pane add-in needs: IconUrl 32 × 32, HighResolutionIconUrl 64 × 64 (read from the PNG files)", () => {
    expect(pngSize(child("IconUrl")?.getAttribute("DefaultValue") ?? "")).toEqual([32, 32]);
    expect(pngSize(child("HighResolutionIconUrl")?.getAttribute("DefaultValue") ?? "")).toEqual([64, 64]);
  });

  it("points SupportUrl and Learn more at the support page, not at the pane", () => {
    const support = buildPath(child("SupportUrl")?.getAttribute("DefaultValue") ?? "");
    expect(support).toBe("support.html");
    const learnMore = all(doc, "bt", "Url").find((u) => u.getAttribute("id") === "GetStarted.LearnMoreUrl");
    expect(buildPath(learnMore?.getAttribute("DefaultValue") ?? "")).toBe("support.html");
  });

  it("defines every resource id it uses, each string with an English override, within Office's lengths", () => {
    const defined = new Map(
      all(doc, "bt", "Image")
        .concat(all(doc, "bt", "Url"), all(doc, "bt", "String"))
        .filter((e) => e.getAttribute("id"))
        .map((e) => [e.getAttribute("id"), e]),
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
    const limits: Array<[string, number]> = [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ];
    for (const [group, max] of limits) {
      for (const s of all(all(doc, "bt", group)[0], "bt", "String")) {
        const en = all(s, "bt", "Override").find((o) => o.getAttribute("Locale") === "en-US");
        expect(en?.getAttribute("Value")).toBeTruthy();
        expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
        expect((en?.getAttribute("Value") ?? "").length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("uses only HTTPS URLs on the development origin, so the production build can rewrite them all", () => {
    const urls = manifestUrls(doc);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(urls.filter(({ url }) => !url.startsWith(DEV_ORIGIN))).toEqual([]);
  });

  it("points every icon at a PNG of that size in assets/", () => {
    const icons = [
      ...all(doc, "bt", "Image")
        .filter((i) => i.getAttribute("DefaultValue"))
        .map((i) => i.getAttribute("DefaultValue") ?? ""),
      child("IconUrl")?.getAttribute("DefaultValue") ?? "",
      child("HighResolutionIconUrl")?.getAttribute("DefaultValue") ?? "",
    ];
    for (const url of icons) {
      const path = buildPath(url);
      expect(path).toMatch(/^assets\/icon-(\d+)\.png$/);
      const file = join(ROOT, path);
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)/.exec(path)?.[1]);
      expect(pngSize(url)).toEqual([size, size]);
    }
  });
});

/** Width and height of the PNG a manifest URL names, from the file's IHDR header. */
function pngSize(url: string): [number, number] {
  const png = readFileSync(join(ROOT, buildPath(url)));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
