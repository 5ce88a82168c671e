import { unescapeCellText, unescapeXml } from "../xml/xmlText";

const UTF8 = new TextDecoder("utf-8");

/**
 * Gathers the text runs of one string (a shared string, an inline string, a
 * cell's value) as the scanner reports them, and gives the text as Excel
 * shows it: entities resolved, line ends as "\n", "_x000D_" codes decoded.
 */
export class TextRuns {
  private runs: string[] = [];

  add(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    const decoded = UTF8.decode(buf.subarray(start, end));
    // Line ends in the source are "\n" to an XML reader; a "&#13;" reference is a carriage return the text keeps.
    const raw = decoded.indexOf("\r") < 0 ? decoded : decoded.replace(/\r\n?/g, "\n");
    this.runs.push(cdata ? raw : unescapeXml(raw));
  }

  push(text: string): void {
    this.runs.push(text);
  }

  /** The text so far, and a fresh start for the next string. */
  take(): string {
    const joined = this.runs.length === 1 ? this.runs[0] : this.runs.join("");
    this.runs = [];
    return unescapeCellText(joined);
  }

  get empty(): boolean {
    return this.runs.length === 0;
  }
}
