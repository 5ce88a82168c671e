import { allReportSheetNames } from "../../src/core/report/sheetNames";
import { HostError } from "../../src/workbook/errors";
import { sheetsInTheWay, sheetsToReplace, type ExistingSheet } from "../../src/workbook/reportSheetOwnership";

const ours = (name: string): ExistingSheet => ({ name, marked: true });
const users = (name: string): ExistingSheet => ({ name, marked: false });
const NB = ["Oppsummering", "Status", "Historikk", "Tiltak for 2024", "Kontroll"];

describe("which sheets a report write replaces", () => {
  it.each<[string, ExistingSheet[], string[]]>([
    ["a first report: none", [users("Tiltak"), users("Rapporter")], []],
    [
      "the sheets an earlier report wrote, in either language and of any plan year",
      [users("Tiltak"), ours("Summary"), ours("Status"), ours("Initiatives for 2023"), ours("Kontroll")],
      ["Summary", "Status", "Initiatives for 2023", "Kontroll"],
    ],
    [
      "none of the user's sheets named as report sheets of the other language or another year",
      [users("Risk"), users("Tiltak for 2023"), ours("Oppsummering")],
      ["Oppsummering"],
    ],
    [
      "a report sheet the user renamed stays: its name is no report sheet's any more",
      [ours("Status mars"), ours("oppsummering")],
      ["oppsummering"],
    ],
  ])("%s", (_case, existing, gone) => {
    expect(sheetsToReplace(existing, NB, allReportSheetNames())).toEqual(gone);
  });

  it.each(["Status", "historikk", " Kontroll ", "Tiltak for 2024"])(
    "refuses the whole write when a sheet of the user's is named %s, as a sheet to be written is, naming it",
    (name) => {
      const write = () => sheetsToReplace([ours("Oppsummering"), users(name)], NB, allReportSheetNames());
      expect(write).toThrow(HostError);
      expect(write).toThrow(expect.objectContaining({ reason: "sheet-exists", subject: name }));
    },
  );

  it("names every sheet of the user's in the way, not the first alone, so that one refusal says all there is to mend", () => {
    const write = () =>
      sheetsToReplace([users("Oppsummering"), users("Tiltak"), users("Status"), users("Kontroll")], NB, allReportSheetNames());
    expect(write).toThrow(expect.objectContaining({ reason: "sheet-exists", subject: "Oppsummering", others: ["Status", "Kontroll"] }));
  });

  it("asks about the marks of only the sheets whose names a report may take or replace", () => {
    expect(sheetsInTheWay(["Tiltak", "Notater", "Checks", "status", "Tiltak for 2031"], NB, allReportSheetNames())).toEqual([
      "Checks",
      "status",
      "Tiltak for 2031",
    ]);
  });
});
