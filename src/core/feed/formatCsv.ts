import { neutralizeFormula } from "../text/neutralizeFormula";

const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * RFC 4180 text: CRLF line ends, a field in double quotes when it holds a
 * quote, comma, CR or LF (quotes doubled), and a UTF-8 byte order mark so
 * Excel reads æøå right. Every field is guarded against formula injection.
 */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  const lines = [header, ...rows].map((fields) => fields.map(csvField).join(","));
  return BOM + lines.map((line) => line + CRLF).join("");
}

function csvField(value: string | null): string {
  const text = neutralizeFormula(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
