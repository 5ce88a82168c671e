import { LIMITS } from "../../src/host/file/package/limits";
import { buildRegister } from "../checks/fixtures/validRegister";
import { listing, run, tempDir, writeWorkbook } from "./checkFiles";

// The real limits are far above anything a test should write; these tests lower them for one run each.
const REAL = { ...LIMITS };

describe("check on a workbook over the size limits", () => {
  const dir = tempDir();
  afterEach(() => Object.assign(LIMITS, REAL));

  it.each([
    ["file size", { fileBytes: 1024 }, /er for stor \(.* MB > .* MB\)/],
    ["unpacked size", { uncompressedBytes: 4096 }, /er for stor \(.* MB unpacked > .* MB\)/],
    ["number of cells", { cells: 40 }, /har for mange celler \(\d+ > 40\)/],
  ])("refuses it by %s: one line, exit 2", async (_what, limits, line) => {
    const file = await writeWorkbook(dir, "register.xlsx", buildRegister());
    const before = listing(dir);
    Object.assign(LIMITS, limits);
    const { code, out, err } = await run("check", file);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(line);
    expect(listing(dir)).toEqual(before);
  });

  it("accepts the same workbook under the real limits", async () => {
    const { code } = await run("check", await writeWorkbook(dir, "register.xlsx", buildRegister()));
    expect(code).toBe(0);
  });
});
