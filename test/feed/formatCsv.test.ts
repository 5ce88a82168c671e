import { parse } from "csv-parse/sync";
import { formatCsv } from "../../src/core/feed/formatCsv";

const HEADER = ["id", "name", "reason"];

function parsed(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: "\r\n" });
}

describe("formatCsv", () => {
  it("starts with the UTF-8 byte order mark and ends every line with CRLF", () => {
    const text = formatCsv(HEADER, [["T-1", "Helsenorge", null]]);
    expect(text.startsWith("\uFEFFid,name,reason\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("round-trips commas, quotes, line breaks and æøå through a CSV parser", () => {
    const rows = [
      ["T-1", 'Program "Pasientens legemiddelliste"', "Forsinket, men\r\ni rute\nigjen"],
      ["T-2", "Økt bruk av e-resept på sykehjem", ""],
    ];
    expect(parsed(formatCsv(HEADER, rows))).toEqual([HEADER, ...rows]);
  });

  it("writes an empty field for a missing value", () => {
    expect(parsed(formatCsv(HEADER, [["T-1", null, null]]))[1]).toEqual(["T-1", "", ""]);
  });

  it.each([['=HYPERLINK("http://x.example","klikk")'], ["+cmd|' /C calc'!A0"], ["@SUM(1+1)"], ["-1+1"], ["\t=1+1"]])(
    "stores %j with a leading apostrophe, so Excel shows it as text",
    (text) => {
      expect(parsed(formatCsv(HEADER, [["T-1", text, text]]))[1]).toEqual(["T-1", `'${text}`, `'${text}`]);
    },
  );
});
