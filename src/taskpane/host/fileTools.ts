import type { TemplateBook } from "../../core/template/templateDoc";
import type { WorkbookPort } from "../../workbook/port";

/** A workbook made in the page that can be handed on as .xlsx bytes. */
export interface SavableWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
}

/**
 * What the pane does with files in the page, in Excel and in the browser
 * alike: filled templates read from files, template workbooks, the council
 * workbook, and zips of several files.
 */
export interface FileTools {
  /** Opens .xlsx bytes; throws UnusableInputError for what is not a usable workbook. */
  openWorkbook(bytes: Uint8Array, name: string): Promise<SavableWorkbook>;
  /** One template book as a workbook of its own, protected and with its marker. */
  writeTemplateWorkbook(book: TemplateBook): Promise<Uint8Array>;
  /** A new, empty workbook for the council export. */
  newCouncilWorkbook(made: Date): SavableWorkbook;
  /** Several files as one .zip. */
  zip(files: Record<string, Uint8Array | string>): Promise<Uint8Array>;
}
