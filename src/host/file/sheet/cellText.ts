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
    const raw = UTF8.decode(buf.subarray(start, end));
    this.runs.push(cdata ? raw : unescapeXml(raw));
  }

  push(text: string): void {
    this.runs.push(text);
  }

  /** The text so far, and a fresh start for the next string. */
  take(): string {
    const joined = this.runs.length === 1 ? this.runs[0] : this.runs.join("");
    this.runs = [];
    const text = joined.indexOf("\r") < 0 ? joined : joined.replace(/\r\n?/g, "\n");
    return unescapeCellText(text);
  }

  get empty(): boolean {
    return this.runs.length === 0;
  }
}
