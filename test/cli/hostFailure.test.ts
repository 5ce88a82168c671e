import { main } from "../../src/cli/main";
import { HostError } from "../../src/workbook/errors";

// A host refusal can come from deep in a write (a part that is not what it should be, a sheet name taken);
// the command line must answer it as bad input, in the user's language, and never as a bug.
const refusal = { error: new HostError("no refusal set") };
jest.mock("../../src/cli/commands/report", () => ({
  runReport: async () => {
    throw refusal.error;
  },
}));

async function report(...extra: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ["report", "reg.xlsx", "--out", "ut.xlsx", ...extra],
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out, err };
}

describe("a workbook the host refuses to write", () => {
  it("is one line on stderr in Norwegian, exit 2, naming the damaged part", async () => {
    refusal.error = new HostError("xl/workbook.xml has no list of sheets", { reason: "damaged", subject: "xl/workbook.xml" });
    expect(await report()).toEqual({
      code: 2,
      out: [],
      err: ["Arbeidsboka er skadet: xl/workbook.xml er ikke som ventet. Åpne og lagre den i Excel, og prøv igjen. Ingenting er skrevet."],
    });
  });

  it("is in English with --lang en, naming the sheet that is in the way", async () => {
    refusal.error = new HostError("The workbook already has a sheet named Status", { reason: "sheet-exists", subject: "Status" });
    const { code, err } = await report("--lang", "en");
    expect(code).toBe(2);
    expect(err).toEqual(["The workbook already has a sheet named Status: rename it in Excel. Nothing was written."]);
  });
});
