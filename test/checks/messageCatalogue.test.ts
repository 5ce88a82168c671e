import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/core/findings/finding";
import { EN } from "../../src/core/messages/en";
import { findingMessage, missingMessages } from "../../src/core/messages/messages";
import { NB } from "../../src/core/messages/nb";

const CORE = join(__dirname, "..", "..", "src", "core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Every finding type the core can emit, as written in its `type: "…"` literals and rule calls. */
function emittedTypes(): string[] {
  const types = new Set<string>();
  for (const file of sourceFiles(CORE)) {
    if (file.includes(`${join("core", "messages")}`)) {
      continue;
    }
    for (const m of readFileSync(file, "utf8").matchAll(/["'`]((?:cell|row|sheet|workbook)\/[a-z-]+)["'`]/g)) {
      types.add(m[1]);
    }
  }
  return [...types].sort();
}

describe("the message catalogues", () => {
  const types = emittedTypes();

  it("find the finding types in the core (the scan itself works)", () => {
    expect(types).toEqual(expect.arrayContaining(["cell/required", "cell/enum", "row/not-reported", "sheet/missing"]));
  });

  it("have a message for every finding type the core emits, in Norwegian and English", () => {
    expect(missingMessages(types)).toEqual([]);
  });

  it.each(types)("say %s differently in the two languages", (type) => {
    // One finding with every param any message reads, whatever its type.
    const f = {
      type,
      severity: "error",
      sheet: "Rapporter",
      cell: "E7" as Finding["cell"],
      row: 7,
      column: "Status",
      value: "Gronn",
      hint: "Grønn",
      params: {
        first: 3,
        period: "2023-Q2",
        segment: "Orientering",
        status: "Rød",
        risk: "Gul",
        keys: "ID",
        start: "2023-01-01",
        end: "2022-12-31",
        deadline: "2023-04-03",
        list: "Status",
        en: "Reports",
        reason: "x",
      },
    } as Finding;
    const nb = findingMessage(f, "nb");
    const en = findingMessage(f, "en");
    expect(nb).not.toBe(type);
    expect(en).not.toBe(type);
    expect(nb).not.toBe(en);
  });

  it("hold no message for a type nothing emits (a renamed rule would leave one behind)", () => {
    const known = new Set([...types, "workbook/unusable"]);
    const ours = (t: string) => /^(cell|row|sheet|workbook)\//.test(t);
    expect(Object.keys(NB).filter((t) => ours(t) && !known.has(t))).toEqual([]);
    expect(Object.keys(EN).filter((t) => ours(t) && !known.has(t))).toEqual([]);
  });
});
