import { CONTENT_TYPE, updateContentTypes } from "../package/contentTypes";
import type { OpcPackage } from "../package/opcPackage";
import { folderOf, relativeTarget } from "../package/partNames";
import { addRelationship, REL } from "../package/relationships";
import { readWorkbookPart } from "../sheet/readWorkbookPart";
import { qualified, XmlEditor } from "../xml/editXml";
import { attr, child, children, type XmlElement } from "../xml/parseXml";
import { editPart } from "../package/editPart";
import { escapeXml } from "../xml/xmlText";

/** How a cell the writer makes looks, in the terms of styles.xml. */
export interface XfStyle {
  font?: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; color?: string };
  /** Solid fill, hex RGB. */
  fill?: string;
  numFmt?: string;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  border?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
}

// The collections of a styleSheet, in the order the schema wants them.
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
// Excel's built-in number formats that the writer's formats may already be.
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "mm-dd-yy": 14 };
const BORDER_COLOR = "FFBFBFBF";
const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

interface Collection {
  local: string;
  /** Each record's exact text, by index: the writer reuses a record that is already there. */
  records: string[];
  added: string[];
}

/**
 * The workbook's styles.xml, appended to and never renumbered: the writer's
 * cells get records (fonts, fills, borders, number formats, cell formats)
 * added after the user's, or reuse identical ones already there (so a report
 * run again on its own output adds nothing).
 */
export class StyleBook {
  private readonly collections = new Map<string, Collection>();
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: string[] = [];
  private nextNumFmt = 164;
  private readonly byKey = new Map<string, number>();

  private constructor(
    private readonly part: string,
    private readonly editor: XmlEditor,
    private readonly created: boolean,
  ) {
    const root = editor.root;
    for (const local of ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]) {
      const el = child(root, local);
      this.collections.set(local, { local, records: el ? el.children.map((c) => editor.text.slice(c.start, c.end)) : [], added: [] });
    }
    const numFmts = child(root, "numFmts");
    for (const f of numFmts ? children(numFmts, "numFmt") : []) {
      const id = Number(attr(f, "numFmtId"));
      const code = attr(f, "formatCode") ?? "";
      if (!this.numFmts.has(code)) {
        this.numFmts.set(code, id);
      }
      if (id >= this.nextNumFmt) {
        this.nextNumFmt = id + 1;
      }
    }
    // Index 0 of fonts, borders and formats, and fills 0 and 1, are defaults every reader expects there.
    this.pad("fonts", 1, this.tag("font", `${this.tag("sz", "", 'val="11"')}${this.tag("name", "", 'val="Calibri"')}`));
    this.pad("fills", 1, this.fillXml("none"));
    this.pad("fills", 2, this.fillXml("gray125"));
    this.pad("borders", 1, this.tag("border", ["left", "right", "top", "bottom", "diagonal"].map((s) => this.tag(s)).join("")));
    this.pad("cellStyleXfs", 1, this.tag("xf", "", 'numFmtId="0" fontId="0" fillId="0" borderId="0"'));
    this.pad("cellXfs", 1, this.tag("xf", "", 'numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"'));
  }

  /** Opens the package's styles part, or starts one (added to the package by `save`) when it has none. */
  static open(pkg: OpcPackage): StyleBook {
    const workbook = readWorkbookPart(pkg);
    const part = workbook.styles ?? `${folderOf(workbook.path)}styles.xml`;
    const text = workbook.styles ? pkg.text(part) : undefined;
    return new StyleBook(part, editPart(pkg, part, text ?? DEFAULT_STYLES), text === undefined);
  }

  /** The cell format index for a look. */
  xf(style: XfStyle): number {
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) {
      return known;
    }
    const font = style.font ? this.record("fonts", this.fontXml(style.font)) : 0;
    const fill = style.fill ? this.record("fills", this.fillXml("solid", style.fill)) : 0;
    const border = style.border ? this.record("borders", this.borderXml(style.border)) : 0;
    const numFmt = style.numFmt ? this.numFmt(style.numFmt) : 0;
    const flags = [
      numFmt ? ' applyNumberFormat="1"' : "",
      font ? ' applyFont="1"' : "",
      fill ? ' applyFill="1"' : "",
      border ? ' applyBorder="1"' : "",
      style.horizontal || style.wrap ? ' applyAlignment="1"' : "",
    ].join("");
    const alignment =
      style.horizontal || style.wrap
        ? this.tag(
            "alignment",
            "",
            [style.horizontal ? `horizontal="${style.horizontal}"` : "", style.wrap ? 'vertical="top" wrapText="1"' : ""]
              .filter(Boolean)
              .join(" "),
          )
        : "";
    const index = this.record(
      "cellXfs",
      this.tag("xf", alignment, `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${flags}`),
    );
    this.byKey.set(key, index);
    return index;
  }

  /** A cell format like an existing one (a user's cell keeps its font and fill) with another number format. */
  withNumFmt(xfIndex: number, code: string): number {
    const base = this.collections.get("cellXfs")!;
    const all = [...base.records, ...base.added];
    const source = all[xfIndex] ?? all[0];
    const numFmt = this.numFmt(code);
    let xf: XmlEditor;
    try {
      xf = new XmlEditor(source, "xf");
    } catch {
      return this.xf({ numFmt: code });
    }
    xf.setAttribute(xf.root, "numFmtId", String(numFmt));
    xf.setAttribute(xf.root, "applyNumberFormat", "1");
    return this.record("cellXfs", xf.toString());
  }

  /** Writes styles.xml back (only when something was added), with its relationship and type when it is new. */
  save(pkg: OpcPackage): { added?: [string, string] } {
    const total = [...this.collections.values()].reduce((n, c) => n + c.added.length, 0) + this.addedNumFmts.length;
    if (total === 0 && !this.created) {
      return {};
    }
    const root = this.editor.root;
    const present = (local: string) => child(root, local);
    const insertions = new Map<string, string>();
    if (this.addedNumFmts.length > 0) {
      this.appendTo(present("numFmts"), "numFmts", this.addedNumFmts, insertions);
    }
    for (const c of this.collections.values()) {
      if (c.added.length > 0) {
        this.appendTo(present(c.local), c.local, c.added, insertions, c.records.length);
      }
    }
    for (const [local, xml] of insertions) {
      const later = ORDER.slice(ORDER.indexOf(local) + 1)
        .map(present)
        .find((e): e is XmlElement => e !== undefined);
      if (later) {
        this.editor.insertBefore(later, xml);
      } else {
        this.editor.append(root, xml);
      }
    }
    pkg.set(this.part, this.editor.toString());
    if (!this.created) {
      return {};
    }
    const workbook = readWorkbookPart(pkg);
    addRelationship(pkg, workbook.path, REL.styles, relativeTarget(workbook.path, this.part));
    return { added: [this.part, CONTENT_TYPE.styles] };
  }

  private appendTo(element: XmlElement | undefined, local: string, added: string[], insertions: Map<string, string>, existing = 0): void {
    const count = (element ? element.children.length : 0) + added.length;
    if (element) {
      this.editor.append(element, added.join(""));
      this.editor.setAttribute(element, "count", String(local === "numFmts" ? count : existing + added.length));
    } else {
      insertions.set(local, this.tag(local, added.join(""), `count="${count}"`));
    }
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) {
      return builtIn;
    }
    const known = this.numFmts.get(code);
    if (known !== undefined) {
      return known;
    }
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.addedNumFmts.push(this.tag("numFmt", "", `numFmtId="${id}" formatCode="${escapeXml(code)}"`));
    return id;
  }

  private record(collection: string, xml: string): number {
    const c = this.collections.get(collection)!;
    const at = c.records.indexOf(xml);
    if (at >= 0) {
      return at;
    }
    const added = c.added.indexOf(xml);
    if (added >= 0) {
      return c.records.length + added;
    }
    c.added.push(xml);
    return c.records.length + c.added.length - 1;
  }

  private pad(collection: string, size: number, xml: string): void {
    const c = this.collections.get(collection)!;
    while (c.records.length + c.added.length < size) {
      c.added.push(xml);
    }
  }

  private fontXml(f: NonNullable<XfStyle["font"]>): string {
    return this.tag(
      "font",
      [
        f.bold ? this.tag("b") : "",
        f.italic ? this.tag("i") : "",
        f.underline ? this.tag("u") : "",
        this.tag("sz", "", `val="${f.size ?? 11}"`),
        f.color ? this.tag("color", "", `rgb="FF${f.color.toUpperCase()}"`) : "",
        this.tag("name", "", 'val="Calibri"'),
        this.tag("family", "", 'val="2"'),
      ].join(""),
    );
  }

  private fillXml(pattern: string, rgb?: string): string {
    const colors = rgb ? `${this.tag("fgColor", "", `rgb="FF${rgb.toUpperCase()}"`)}${this.tag("bgColor", "", 'indexed="64"')}` : "";
    return this.tag("fill", this.tag("patternFill", colors, `patternType="${pattern}"`));
  }

  private borderXml(b: NonNullable<XfStyle["border"]>): string {
    const side = (name: "left" | "right" | "top" | "bottom") =>
      b[name] ? this.tag(name, this.tag("color", "", `rgb="${BORDER_COLOR}"`), 'style="thin"') : this.tag(name);
    return this.tag("border", `${side("left")}${side("right")}${side("top")}${side("bottom")}${this.tag("diagonal")}`);
  }

  // Records in the styleSheet's own prefix, so they join whatever namespace binding the writer used.
  private tag(local: string, content = "", attributes = ""): string {
    const name = qualified(this.editor.root, local);
    const a = attributes ? ` ${attributes}` : "";
    return content ? `<${name}${a}>${content}</${name}>` : `<${name}${a}/>`;
  }
}

/** Writes a style book's additions into the package, declaring styles.xml when it is new. */
export function saveStyles(pkg: OpcPackage, styles: StyleBook): void {
  const { added } = styles.save(pkg);
  if (added) {
    updateContentTypes(pkg, new Map([added]), new Set());
  }
}
