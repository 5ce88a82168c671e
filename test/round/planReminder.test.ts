import { planReminder } from "../../src/app/planReminder";
import type { Period } from "../../src/core/register/period";
import { initiative, registerOf, report } from "../summary/registerOf";

const TEXTS = {
  subject: (p: string) => `Påminnelse ${p}`,
  body: (p: string, d: string | null) => `Rapporter for ${p}${d ? ` innen ${d}` : ""}.\nHilsen kontoret`,
};

const register = (frist?: string) =>
  registerOf({
    Tiltak: [
      initiative("T-1", "A", "Orientering", { Kontakt: "a@example.no" }),
      initiative("T-2", "B", "Orientering", { Kontakt: "Felles@Example.no" }),
      initiative("T-3", "C", "Orientering", { Kontakt: "felles@example.no" }),
      initiative("T-4", "D", "Orientering"),
      initiative("T-5", "E", "Orientering", { Kontakt: "e@example.no" }),
    ],
    Rapporter: [
      ...["T-1", "T-2", "T-3", "T-4", "T-5"].map((id) => report(id, "2023-Q1", "Aktiv", "Grønn")),
      report("T-5", "2023-Q2", "Aktiv", "Grønn"),
    ],
    ...(frist ? { Kodeverk: [{ Liste: "Frist", Kode: `2023-Q2: ${frist}` }] } : {}),
  });

describe("planReminder", () => {
  it("lists each contact address once, in BCC, and those without a contact apart", () => {
    const r = planReminder(register(), "2023-Q2" as Period, TEXTS)!;
    expect(r.notReported.map((i) => i.id)).toEqual(["T-1", "T-2", "T-3", "T-4"]);
    expect(r.addresses).toEqual(["a@example.no", "Felles@Example.no"]);
    expect(r.withoutContact.map((i) => i.id)).toEqual(["T-4"]);
    expect(r.mailto).toBe(
      "mailto:?bcc=a%40example.no,Felles%40Example.no&subject=P%C3%A5minnelse%202023-Q2&body=Rapporter%20for%202023-Q2.%0D%0AHilsen%20kontoret",
    );
  });

  it("names the register's deadline for the period in the text when there is one", () => {
    expect(planReminder(register("2023-03-30"), "2023-Q2" as Period, TEXTS)!.body).toBe(
      "Rapporter for 2023-Q2 innen 2023-03-30.\nHilsen kontoret",
    );
  });

  it("has nothing to plan without a period", () => {
    expect(planReminder(register(), undefined, TEXTS)).toBeUndefined();
  });
});
