import { parseAddress, type Rect } from "./addresses";
import { FakeChartCollection } from "./fakeChart";
import type { FakeExcel } from "./fakeExcel";
import { FakeNamedItemCollection } from "./fakeNames";
import { FakeRange, FakeRangeAreas } from "./fakeRange";
import type { FakeSheet } from "./fakeSheet";
import { officeError } from "./officeError";
import { QueuedProxy, type Resolve } from "./queuedProxy";

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
    calculate(type: string): void;
  };

  constructor(excel: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(excel);
    this.application = {
      suspendApiCalculationUntilNextSync: () => excel.suspendCalculation(),
      suspendScreenUpdatingUntilNextSync: () => excel.suspendScreenUpdating(),
      calculate: (type: string) => excel.enqueue(`application.calculate(${type})`, () => excel.calculate(), type),
    };
  }
}

export class FakeWorksheetCollection extends QueuedProxy<FakeSheet[]> {
  constructor(excel: FakeExcel) {
    super(excel, () => excel.sheets, "worksheets");
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.findSheet(name), `worksheets.getItem(${name})`);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.findSheet(name), `worksheets.getItemOrNullObject(${name})`, true);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.call(`add(${name})`, (sheets) => {
      if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw officeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
      }
      created = this.excel.addSheet(name);
    });
    return new FakeWorksheet(this.excel, () => created, `worksheets.add(${name})`);
  }

  protected snapshot(sheets: FakeSheet[], names: string[]): Record<string, unknown> {
    const sub = names.filter((n) => n.startsWith("items/")).map((n) => n.slice("items/".length));
    const items = sheets.map((s) => {
      const ws = new FakeWorksheet(this.excel, () => (this.excel.sheets.includes(s) ? s : undefined), `worksheet(${s.name})`);
      ws.preload(sub.length > 0 ? sub : ["name", "visibility"]);
      return ws;
    });
    return { items };
  }

  protected override wire(snapshot: Record<string, unknown>): unknown {
    return { items: (snapshot.items as FakeWorksheet[]).map((ws) => ws.preloaded) };
  }
}

export class FakeWorksheet extends QueuedProxy<FakeSheet> {
  readonly charts = new FakeChartCollection(this.excel, this);
  readonly names = new FakeNamedItemCollection(this.excel, () => this.source(), this.label);
  readonly freezePanes = { freezeRows: (rows: number) => this.call(`freezePanes.freezeRows(${rows})`, (s) => void (s.frozenRows = rows)) };
  readonly pageLayout: { orientation: string; zoom: FakeSheet["zoom"] };

  constructor(excel: FakeExcel, resolve: Resolve<FakeSheet>, label: string, nullable = false) {
    super(excel, resolve, label, nullable);
    const call = this.call.bind(this);
    const read = this.read.bind(this);
    this.pageLayout = {
      get orientation(): string {
        return read("pageLayout.orientation");
      },
      set orientation(v: string) {
        call(`pageLayout.orientation=${v}`, (s) => void (s.orientation = v));
      },
      get zoom(): FakeSheet["zoom"] {
        return read("pageLayout.zoom");
      },
      set zoom(v: FakeSheet["zoom"]) {
        call("pageLayout.zoom", (s) => void (s.zoom = fitToPages(v)), v);
      },
    };
  }

  /** Items of a loaded collection arrive with their properties already loaded. */
  preload(names: string[]): void {
    this.preloaded = this.snapshot(this.target(), names);
  }

  preloaded: Record<string, unknown> = {};

  get name(): string {
    return this.fromItem("name");
  }

  get visibility(): string {
    return this.fromItem("visibility");
  }
  set visibility(value: string) {
    this.call(`visibility=${value}`, (s) => void (s.visibility = value as FakeSheet["visibility"]), value);
  }

  private fromItem<V>(property: string): V {
    if (property in this.preloaded) {
      return this.preloaded[property] as V;
    }
    return this.read(property);
  }

  getRange(address: string): FakeRange {
    const rect = parseAddress(address);
    const resolve = (): { sheet: FakeSheet; rect: Rect } | undefined => {
      const sheet = this.source();
      return sheet && { sheet, rect };
    };
    return new FakeRange(this.excel, resolve, `${this.label}.getRange(${address})`, this.nullable);
  }

  /** A multi-area range ("A1:B2,D5"); only its format is modelled. */
  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.excel,
      () => ({ sheet: this.target(), rects: addresses.split(",").map(parseAddress) }),
      `${this.label}.getRanges(${addresses})`,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    void valuesOnly;
    return new FakeRange(
      this.excel,
      () => {
        const sheet = this.source();
        const used = sheet?.usedRect();
        return sheet && used ? { sheet, rect: used } : undefined;
      },
      `${this.label}.getUsedRangeOrNullObject`,
      true,
    );
  }

  delete(): void {
    this.call("delete()", (sheet) => {
      // Source: Worksheet.delete in @types/office-js ("if the worksheet's visibility is set to
      // VeryHidden, the delete operation will fail with an InvalidOperation exception"), and
      // https://github.com/OfficeDev/office-js/issues/365 (by design: make it hidden or visible first).
      if (sheet.visibility === "VeryHidden") {
        throw officeError("InvalidOperation", "This operation is not permitted for the current object.", "Worksheet.delete");
      }
      const visible = this.excel.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) {
        throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
    });
  }

  activate(): void {
    this.call("activate()", (sheet) => void (this.excel.activeSheet = sheet.name));
  }

  rangeOn(rect: Rect): { sheet: FakeSheet; rect: Rect } {
    return { sheet: this.target(), rect };
  }

  protected snapshot(sheet: FakeSheet, names: string[]): Record<string, unknown> {
    const all: Record<string, unknown> = {
      name: sheet.name,
      visibility: sheet.visibility,
      "pageLayout.orientation": sheet.orientation,
      "pageLayout.zoom": sheet.zoom,
    };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
}

/**
 * The print zoom as Excel keeps it. `zoom` is set as one PageLayoutZoomOptions
 * object (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#some-properties-cannot-be-set-directly);
 * in fit-to-pages mode a direction left out keeps Excel's default of 1 page,
 * as in Page Setup's "Fit to 1 page(s) wide by 1 tall". 0 is "automatic"
 * (as many pages as the content needs), as fitToHeight="0" in the file format.
 */
function fitToPages(zoom: FakeSheet["zoom"]): FakeSheet["zoom"] {
  if (!zoom || zoom.scale !== undefined) {
    return zoom;
  }
  return { horizontalFitToPages: zoom.horizontalFitToPages ?? 1, verticalFitToPages: zoom.verticalFitToPages ?? 1 };
}
