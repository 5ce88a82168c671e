import { createEmptyRegister } from "../../src/app/createEmptyRegister";
import { describeError } from "../../src/taskpane/text/describeError";
import { receiveError, sendError } from "../../src/taskpane/work/workerProtocol";
import { HostError } from "../../src/workbook/errors";
import type { WorkbookPort } from "../../src/workbook/port";

// A port that can read and write reports but not create a register (as a host without that method).
const reportOnly: WorkbookPort = {
  readSheets: async () => [],
  writeReportSheets: async () => undefined,
  selectCell: async () => undefined,
};

/** The error as the pane gets it from the file worker: only its fields cross. */
function crossed(e: unknown): Error {
  return receiveError(structuredClone(sendError(e)));
}

describe("a failed host operation in the pane", () => {
  it("is said in the pane's language, never in the use case's English", async () => {
    const failure = await createEmptyRegister(reportOnly, "nb").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect(describeError(failure, "nb")).toBe("Dette kan ikke gjøres her.");
    expect(describeError(failure, "en")).toBe("This cannot be done here.");
    expect(describeError(failure, "nb")).not.toMatch(/cannot create register sheets/);
  });

  it("names the sheet a write needed or found in its way, after crossing from the file worker", () => {
    const missing = crossed(new HostError("The register has no sheet named Tiltak", { reason: "sheet-missing", subject: "Tiltak" }));
    expect(describeError(missing, "nb")).toBe("Arbeidsboka har ikke arket Tiltak.");
    expect(describeError(missing, "en")).toBe("The workbook has no sheet named Tiltak.");
    const taken = crossed(
      new HostError("The workbook already has a sheet named Oppsummering", { reason: "sheet-exists", subject: "Oppsummering" }),
    );
    expect(describeError(taken, "nb")).toBe(
      "Arbeidsboka har allerede et ark som heter Oppsummering. Gi arket et annet navn, og prøv igjen.",
    );
    expect(describeError(taken, "en")).toBe("The workbook already has a sheet named Oppsummering. Rename that sheet and try again.");
    // A report of an earlier version, whose sheets carry no mark: every one in the way is named at once.
    const several = crossed(
      new HostError("The workbook already has sheets the report did not write", {
        reason: "sheet-exists",
        subject: "Oppsummering",
        others: ["Status", "Risiko"],
      }),
    );
    expect(describeError(several, "nb")).toBe(
      "Arbeidsboka har allerede ark som heter Oppsummering, Status og Risiko. Gi dem andre navn eller slett dem, og prøv igjen.",
    );
    expect(describeError(several, "en")).toBe(
      "The workbook already has sheets named Oppsummering, Status and Risiko. Rename or delete them and try again.",
    );
    const damaged = crossed(new HostError("xl/workbook.xml has no list of sheets", { reason: "damaged", subject: "xl/workbook.xml" }));
    expect(describeError(damaged, "nb")).toBe("Arbeidsboka er skadet: xl/workbook.xml er ikke som ventet.");
  });

  it("keeps Excel's own words for a refusal, which Excel already gives in the user's language", () => {
    const refused = crossed(new HostError("Arbeidsboka er låst for redigering.", { code: "AccessDenied" }));
    expect(describeError(refused, "nb")).toBe("Arbeidsboka er låst for redigering.");
  });
});
