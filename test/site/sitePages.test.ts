import type ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportFeed } from "../../src/app/exportFeed";
import { main } from "../../src/cli/main";
import { slugOf } from "../../src/core/site/pageNames";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { buildRegister, VALID_FULL_REGISTER } from "../checks/fixtures/validRegister";
import { registerBytes } from "../council/registerFixture";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
// What an attacker, or a careless paste, puts into a register that is published on the web.
const MARKUP = ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "<a href='javascript:alert(3)'>klikk</a>"];
const LONG_ID = `T-${"Å".repeat(150)}`;
// IDs a page name is made from: slashes and dots, case twins, reserved names, letters outside ASCII, a very long one.
const IDS = ["T/1", "t/1", "../../etc/passwd", "CON", "Ærø:*?", "index", LONG_ID];

async function hostileRegister(): Promise<Uint8Array> {
  return registerBytes({
    Tiltak: IDS.map((id, i) => ({
      ID: id,
      Navn: `${MARKUP[i % 3]} tiltak ${i}`,
      Eier: MARKUP[(i + 1) % 3],
      Segment: i % 2 === 0 ? "Samstyring" : "Orientering",
      Hovedmål: 1,
      Kontakt: `person${i}@example.no`,
    })),
    Rapporter: IDS.map((id, i) => ({
      ID: id,
      Periode: "2023-Q2",
      Fase: "Aktiv",
      Status: "Rød",
      Statusbegrunnelse: `Kontakt ola.nordmann@example.no om ${MARKUP[(i + 2) % 3]}`,
      Risiko: i % 2 === 0 ? "Gul" : null,
      Risikobegrunnelse: i % 2 === 0 ? MARKUP[i % 3] : null,
    })),
    Avhengigheter: [{ ID: "T/1", Periode: "2023-Q2", Avhengighet: MARKUP[1], Kategori: "Annet", Kritikalitet: "Høy", Status: "Rød" }],
    Veikart: [
      {
        Mål: 1,
        Område: MARKUP[0],
        Målsetting: MARKUP[2],
        Hvem: MARKUP[1],
        Aktivitet: "kari@example.no <b>fet</b>",
        År: 2024,
        Fra: 2023,
        Tiltak: "T/1",
      },
    ],
  });
}

describe("the web pages of a hostile register", () => {
  let pages: Array<{ name: string; html: string }>;
  beforeAll(async () => {
    ({ site: pages } = await exportFeed(await FileWorkbook.open(await hostileRegister(), "register.xlsx")));
  });

  it("hold every text escaped: no markup of the register's becomes an element or an attribute", () => {
    for (const { html } of pages) {
      expect(html).not.toMatch(/<script|<img|<b>|href='javascript|onerror=alert\(2\)>/i);
    }
    const all = pages.map((p) => p.html).join("\n");
    expect(all).toContain("&lt;script&gt;alert(1)&lt;/script&gt; tiltak 0");
    expect(all).toContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
  });

  it("hold no e-mail address: neither the contacts nor one typed into a reason or an activity", () => {
    for (const { html } of pages) {
      expect(html).not.toMatch(EMAIL);
    }
    expect(pages.find((p) => p.name === "tiltak-t-1.html")?.html).toContain("Kontakt (e-postadresse) om");
  });

  it("are named safely and uniquely from the IDs, case ignored, well within 200 bytes", () => {
    const names = pages.map((p) => p.name);
    // The feed's order is by name; the second of the case twins gets the "-2".
    expect(names[0]).toBe("index.html");
    expect(names.slice(1, 8).sort()).toEqual(
      [
        "tiltak-t-1.html",
        "tiltak-t-1-2.html",
        "tiltak-etc-passwd.html",
        "tiltak-con.html",
        "tiltak-aero.html",
        "tiltak-index.html",
        `tiltak-${slugOf(LONG_ID)}.html`,
      ].sort(),
    );
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9-]+\.html$/);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(80);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("link only to each other", () => {
    const names = new Set(pages.map((p) => p.name));
    const targets = pages.flatMap((p) => [...p.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]));
    expect(targets.length).toBeGreaterThan(pages.length);
    expect(targets.filter((t) => !names.has(t))).toEqual([]);
  });
});

describe("feed --out writes the pages with the data files, all or nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "site-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every page of a hostile register into the folder and nothing outside it (exit 1: the register has errors)", async () => {
    const register = join(dir, "register.xlsx");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(register, await hostileRegister());
    const out = join(dir, "web");
    const code = await main(
      ["feed", register, "--out", out],
      () => undefined,
      () => undefined,
    );
    expect(code).toBe(1);
    const written = readdirSync(out).sort();
    expect(written).toContain("tiltak-etc-passwd.html");
    expect(written.filter((f) => f.endsWith(".html"))).toHaveLength(1 + IDS.length + 5);
    expect(readdirSync(dir).sort()).toEqual(["register.xlsx", "web"]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
  });

  it("writes the pages in English with --lang en", async () => {
    const out = join(dir, "en");
    await main(
      ["feed", join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx"), "--out", out, "--lang", "en"],
      () => undefined,
      () => undefined,
    );
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toMatch(/<html lang="en">/);
    expect(index).toContain("<h2>Active initiatives by segment</h2>");
    expect(index).toContain('<span class="light l-red">Red</span>');
  });
});

describe("an initiative's page", () => {
  const pageOf = async (sheets: Record<string, ExcelJS.CellValue[][]>, name: string) => {
    const wb = buildRegister(sheets);
    const port = await FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()), "register.xlsx");
    const { site } = await exportFeed(port);
    return site.find((p) => p.name === name)!.html;
  };

  it("gives owner, segment, phase, period, last report, status and risk with their reasons, goals and the period's dependencies", async () => {
    const html = await pageOf(VALID_FULL_REGISTER, "tiltak-t-001.html");
    for (const fact of [
      "<dt>Eier</dt><dd>Direktoratet for e-helse</dd>",
      "<dt>Segment</dt><dd>Samstyring</dd>",
      "<dt>Fase</dt><dd>Aktiv</dd>",
      "<dt>Periode</dt><dd>Q2 2023</dd>",
      "<dt>Sist rapportert</dt><dd>Q2 2023</dd>",
      '<dt>Status</dt><dd><span class="light l-green">Grønn</span></dd>',
      '<dt>Risiko</dt><dd><span class="light l-yellow">Gul</span></dd>',
      "<dt>Begrunnelse</dt><dd>Finansiering uavklart</dd>",
      "<dt>Hovedmål i nasjonal e-helsestrategi</dt><dd>2 – Enklere arbeidshverdag</dd>",
      "<dt>Bærekraftsmål</dt><dd>3 – God helse og livskvalitet</dd>",
      '<td>FEST tilpasset PLL</td><td>Nasjonale løsninger og felleskomponenter</td><td>Høy</td><td><span class="light l-red">Rød</span></td><td>31.10.2023</td>',
    ]) {
      expect(html).toContain(fact);
    }
    // The register's contact and dates stay home.
    expect(html).not.toMatch(/kari@example\.no|2021|2025-12-31/);
  });

  it("shows an active initiative that did not report as Grå, with the period it last reported", async () => {
    const rows = VALID_FULL_REGISTER.Rapporter.filter((r) => !(r[0] === "T-002" && r[1] === "2023-Q2"));
    const html = await pageOf({ ...VALID_FULL_REGISTER, Rapporter: rows }, "tiltak-t-002.html");
    expect(html).toContain('<dt>Status</dt><dd><span class="light l-grey">Grå</span></dd>');
    expect(html).toContain("<dt>Sist rapportert</dt><dd>Q1 2023</dd>");
  });

  it("lists the roadmap's activities that name the initiative, and says when a segment reports no risk", async () => {
    expect(await pageOf(VALID_FULL_REGISTER, "tiltak-t-004.html")).toContain("<td>Teste ut teknologi og arbeidsform</td><td>2023 →</td>");
    expect(await pageOf(VALID_FULL_REGISTER, "tiltak-t-003.html")).toContain(
      "<dt>Risiko</dt><dd>Ikke rapportert (segmentet rapporterer ikke risiko)</dd>",
    );
  });
});
