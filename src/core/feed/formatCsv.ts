import { neutralizeFormula } from "../text/neutralizeFormula";

const BOM = "\uFEFF";
const CRLF = "\r\n";
// A formula trigger right after a list separator: where ";" is the separator (Norwegian Excel,
// LibreOffice), a reader that splits such a field would start a new cell with it.
const TRIGGER_AFTER_SEPARATOR = /([;,])(?=[=+\-@\t\r])/g;

/**
 * RFC 4180 text: CRLF line ends, a field in double quotes when it holds a
 * quote, comma, semicolon, CR or LF (quotes doubled), and a UTF-8 byte order
 * mark so Excel reads æøå right. Every field is guarded against formula
 * injection, at its start and after every "," or ";" inside it.
 */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | null>>): string {
  const lines = [header, ...rows].map((fields) => fields.map(csvField).join(","));
  return BOM + lines.map((line) => line + CRLF).join("");
}

function csvField(value: string | null): string {
  const text = neutralizeFormula(value ?? "").replace(TRIGGER_AFTER_SEPARATOR, "$1'");
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
