import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
const PYTHON = "/usr/bin/python3";
jest.setTimeout(120_000);

function python(...lines: string[]): string {
  const run = spawnSync(PYTHON, ["-c", lines.join("\n")], { encoding: "utf8", timeout: 60_000 });
  if (run.status !== 0) {
    throw new Error(`python failed: ${run.stderr}`);
  }
  return run.stdout.trim();
}

/** Every date cell of a workbook's sheets as openpyxl reads it (in the workbook's own date system): "sheet!A1=2023-04-03". */
function dates(file: string, sheets: readonly string[]): string[] {
  return python(
    "import datetime, openpyxl",
    `wb = openpyxl.load_workbook(${JSON.stringify(file)})`,
    `for name in ${JSON.stringify(sheets)}:`,
    "    for row in wb[name].iter_rows():",
    "        for c in row:",
    "            if isinstance(c.value, datetime.datetime): print(f'{name}!{c.coordinate}={c.value.date()}')",
  ).split("\n");
}

async function cli(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await main(
    argv,
    () => undefined,
    (t) => err.push(t),
  );
  if (code > 1) {
    throw new Error(err.join("\n"));
  }
}

// A Mac workbook may count its days from 1904: the same register, saved by openpyxl in that system.
describe("a register that counts dates from 1904", () => {
  const dir = mkdtempSync(join(tmpdir(), "date1904-"));
  const register1904 = join(dir, "register-1904.xlsx");
  const REPORT = ["Avhengigheter rapport", "Kontroll"];
  beforeAll(async () => {
    python(
      "import openpyxl",
      "from openpyxl.utils.datetime import CALENDAR_MAC_1904",
      `wb = openpyxl.load_workbook(${JSON.stringify(SAMPLE)})`,
      "wb.epoch = CALENDAR_MAC_1904",
      `wb.save(${JSON.stringify(register1904)})`,
    );
    await cli("report", SAMPLE, "--out", join(dir, "report-1900.xlsx"));
    await cli("report", register1904, "--out", join(dir, "report-1904.xlsx"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is a 1904 workbook holding the sample's dates", () => {
    expect(python("import openpyxl", `print(openpyxl.load_workbook(${JSON.stringify(register1904)}).epoch.year)`)).toBe("1904");
    expect(dates(register1904, ["Avhengigheter"])).toEqual(dates(SAMPLE, ["Avhengigheter"]));
  });

  it("gets report sheets whose dates (the dependencies' deadlines) are the days the 1900 register's report shows", () => {
    const expected = dates(join(dir, "report-1900.xlsx"), REPORT);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(dates(join(dir, "report-1904.xlsx"), REPORT)).toEqual(expected);
  });

  it("gets a council workbook whose cover and deadlines show the same days as the 1900 register's", async () => {
    await cli("council", SAMPLE, "--out", join(dir, "council-1900.xlsx"));
    await cli("council", register1904, "--out", join(dir, "council-1904.xlsx"));
    const sheets = ["Forside", "Avhengigheter rapport"];
    const expected = dates(join(dir, "council-1900.xlsx"), sheets);
    expect(expected.some((d) => d.startsWith("Forside!"))).toBe(true);
    expect(dates(join(dir, "council-1904.xlsx"), sheets)).toEqual(expected);
  });
});
