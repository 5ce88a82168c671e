import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportCouncil } from "../../src/app/exportCouncil";
import type { IsoDate } from "../../src/core/register/dates";
import { createCouncilWorkbook } from "../../src/host/file/councilWorkbook";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { readInputFile } from "../../src/host/file/nodeFiles";
import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { SAMPLE } from "./sampleReport";

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

interface PrintedPage {
  width: number;
  height: number;
  words: Word[];
}

/** Every page of a PDF with its words and where they stand, as poppler's pdftotext -bbox gives them. */
function pagesOf(pdf: Uint8Array): PrintedPage[] {
  const dir = mkdtempSync(join(tmpdir(), "printed-"));
  try {
    writeFileSync(join(dir, "report.pdf"), pdf);
    const run = spawnSync("pdftotext", ["-bbox", join(dir, "report.pdf"), join(dir, "words.html")], { encoding: "utf8", timeout: 60_000 });
    if (run.status !== 0) {
      throw new Error(`pdftotext failed (poppler-utils installed?): ${run.stderr}`);
    }
    const html = readFileSync(join(dir, "words.html"), "utf8");
    return html
      .split("<page ")
      .slice(1)
      .map((chunk) => {
        const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
        const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
          (m) => ({
            xMin: Number(m[1]),
            yMin: Number(m[2]),
            xMax: Number(m[3]),
            yMax: Number(m[4]),
            text: m[5],
          }),
        );
        return { width: Number(size[1]), height: Number(size[2]), words };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const textOf = (page: PrintedPage) => page.words.map((w) => w.text).join(" ");

describe("the report sheets printed by LibreOffice", () => {
  let pages: PrintedPage[];
  beforeAll(async () => {
    // The council workbook holds the report sheets alone: the pages are theirs.
    const council = createCouncilWorkbook(new Date(Date.UTC(2023, 4, 15)));
    await exportCouncil(await FileWorkbook.open(readInputFile(SAMPLE), SAMPLE), council, {
      lang: "nb",
      source: "sample.xlsx",
      made: "2023-05-15" as IsoDate,
    });
    pages = pagesOf(convertWithLibreOffice(await council.save(), "pdf"));
  }, 180_000);

  it("cut no word off at a page's edge", () => {
    const cut = pages.flatMap((p, i) =>
      p.words.filter((w) => w.xMin < 0 || w.xMax > p.width || w.yMax > p.height).map((w) => `page ${i + 1}: ${w.text}`),
    );
    expect(cut).toEqual([]);
  });

  it("print Tiltak for 2024 landscape, every row of it in legible type", () => {
    const first = pages.findIndex((p) => textOf(p).startsWith("Tiltak for 2024"));
    const last = pages.findIndex((p, i) => i > first && /^(Kontroll|Nasjonal)/.test(textOf(p)));
    const roadmap = pages.slice(first, last === -1 ? undefined : last);
    expect(roadmap.length).toBeGreaterThanOrEqual(2);
    for (const page of roadmap) {
      expect(page.width).toBeGreaterThan(page.height);
    }
    const text = roadmap.map(textOf).join(" ");
    for (const expected of [
      "Mål 1: Aktiv medvirkning",
      "Mål 5: Samarbeid og virkemidler",
      "Innføring av Mine timeavtaler",
      "Modernisering av MSIS og SYSVAK",
    ]) {
      expect(text).toContain(expected);
    }
    // Scaled to the page's width, the body text stays at least 6 points high (11-point type at no less than 55 %).
    const heights = roadmap.flatMap((p) => p.words.map((w) => w.yMax - w.yMin)).sort((a, b) => a - b);
    expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThanOrEqual(6);
  });

  it("print no text of Tiltak for 2024 over other text: a name that wraps gets a row tall enough for it", () => {
    const first = pages.findIndex((p) => textOf(p).startsWith("Tiltak for 2024"));
    const overlaps = pages.slice(first).flatMap((p, i) =>
      p.words.flatMap((a, j) =>
        p.words
          .slice(j + 1)
          // Words whose boxes share more than a third of a line's height, side by side.
          .filter(
            (b) =>
              a.xMin < b.xMax - 1 && b.xMin < a.xMax - 1 && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > (a.yMax - a.yMin) / 3,
          )
          .map((b) => `page ${first + i + 1}: ${a.text} / ${b.text}`),
      ),
    );
    expect(overlaps).toEqual([]);
  });

  it("print Aktuelle tema landscape with its text wrapped inside the page", () => {
    const topics = pages.filter((p) => textOf(p).includes("Dokumentdeling gjennom kjernejournal") || textOf(p).startsWith("Aktuelle tema"));
    expect(topics.length).toBeGreaterThanOrEqual(1);
    for (const page of topics) {
      expect(page.width).toBeGreaterThan(page.height);
      expect(Math.max(...page.words.map((w) => w.xMax))).toBeLessThan(page.width - 30);
    }
  });
});
