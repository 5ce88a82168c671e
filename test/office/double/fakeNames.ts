import type { FakeExcel } from "./fakeExcel";
import type { FakeName, FakeSheet } from "./fakeSheet";
import { officeError } from "./officeError";
import { QueuedProxy, type Resolve } from "./queuedProxy";

/**
 * A name's syntax, as Excel checks it (MS-XLSB 2.5.166 XLNameWideString,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e):
 * it begins with "_", "\" or a letter, goes on with those, digits, "." and
 * "?", is at most 255 characters, is neither TRUE nor FALSE, and is not an A1
 * cell reference nor begins with an R1C1 one.
 */
function isValidName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[_\\\p{L}][_\\\p{L}\p{Nd}.?]*$/u.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[a-z]{1,3}\d+$/i.test(name) &&
    !/^[rc](\d+|$)/i.test(name)
  );
}

/**
 * `worksheet.names`: the names scoped to one worksheet ("Collection of names
 * scoped to the current worksheet", Worksheet.names, ExcelApi 1.4, in
 * @types/office-js). They live with the sheet, so they go when it is deleted.
 */
export class FakeNamedItemCollection {
  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: () => FakeSheet | undefined,
    private readonly label: string,
  ) {}

  /**
   * NamedItemCollection.add(name, reference, comment) (ExcelApi 1.4): "The
   * formula or the range that the name will refer to". Excel refuses a name
   * that breaks the syntax above, and one its scope already has ("names are
   * not case-sensitive … All names within a workbook shall be unique",
   * ECMA-376 Part 1 §18.17.2.5, within the name's scope). Office names no
   * error code for either; the double uses InvalidArgument and ItemAlreadyExists,
   * Excel's general codes for a bad argument and a taken name (Excel.ErrorCodes).
   */
  add(name: string, reference: string, comment?: string): FakeNamedItem {
    let created: FakeName | undefined;
    this.excel.enqueue(
      `${this.label}.names.add(${name})`,
      () => {
        const sheet = this.sheet();
        if (!sheet) {
          throw officeError("ItemNotFound", `The requested resource doesn't exist. (${this.label})`, this.label);
        }
        if (!isValidName(name)) {
          throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "NamedItemCollection.add");
        }
        if (sheet.names.has(name.toLowerCase())) {
          throw officeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "NamedItemCollection.add");
        }
        created = { name, formula: reference.startsWith("=") ? reference : `=${reference}`, visible: true, comment: comment ?? "" };
        sheet.names.set(name.toLowerCase(), created);
      },
      { name, reference, comment },
    );
    return new FakeNamedItem(this.excel, () => created, `${this.label}.names.add(${name})`);
  }

  /** NamedItemCollection.getItemOrNullObject (ExcelApi 1.4): a null object when the scope has no such name (case ignored). */
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.excel,
      () => this.sheet()?.names.get(name.toLowerCase()),
      `${this.label}.names.getItemOrNullObject(${name})`,
      true,
    );
  }
}

/** One named item: `name`, `formula`, and `visible` (ExcelApi 1.1, settable: "Specifies if the object is visible"). */
export class FakeNamedItem extends QueuedProxy<FakeName> {
  constructor(excel: FakeExcel, resolve: Resolve<FakeName>, label: string, nullable = false) {
    super(excel, resolve, label, nullable);
  }

  get name(): string {
    return this.read("name");
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.call(`visible=${value}`, (n) => void (n.visible = value), value);
  }

  get formula(): string {
    return this.read("formula");
  }

  protected snapshot(name: FakeName, names: string[]): Record<string, unknown> {
    const all: Record<string, unknown> = { name: name.name, visible: name.visible, formula: name.formula, comment: name.comment };
    return Object.fromEntries(names.map((n) => [n, all[n]]));
  }
}
