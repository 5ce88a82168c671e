import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describeError } from "../../src/taskpane/text/describeError";
import { fileJobs } from "../../src/taskpane/work/fileJobs";
import { bytesOf, JobCancelled, type JobProgress, type WorkbookJobs } from "../../src/taskpane/work/jobs";
import { serveJobs, type JobScope } from "../../src/taskpane/work/serveJobs";
import { workerJobs, type WorkerLike } from "../../src/taskpane/work/workerJobs";
import type { FromWorker, ToWorker } from "../../src/taskpane/work/workerProtocol";
import { UnusableInputError } from "../../src/workbook/errors";

const SAMPLE = new Blob([readFileSync(join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx"))]);

/**
 * A worker in this process: messages cross as they would between threads
 * (results are cloned, never shared), and a terminated worker is deaf and
 * mute from then on, though what it was computing runs out unseen.
 */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly scope: JobScope;

  constructor(open: (source: Blob, name: string) => WorkbookJobs) {
    this.scope = {
      onmessage: null,
      postMessage: (message) =>
        setTimeout(() => {
          if (!this.terminated) {
            this.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>);
          }
        }),
    };
    serveJobs(this.scope, open);
  }

  postMessage(message: ToWorker): void {
    setTimeout(() => {
      if (!this.terminated) {
        this.scope.onmessage?.({ data: message } as MessageEvent<ToWorker>);
      }
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Starts in-process workers on the real file jobs, and keeps them for the test to look at. */
function workers(open: (source: Blob, name: string) => WorkbookJobs = (source, name) => fileJobs(source, name)) {
  const started: InProcessWorker[] = [];
  return { started, start: () => started[started.push(new InProcessWorker(open)) - 1] };
}

/** File jobs whose report waits for the test to let it go: a long build to cancel. */
function heldReports(release: Promise<void>) {
  return (source: Blob, name: string): WorkbookJobs => {
    const jobs = fileJobs(source, name);
    return { ...jobs, buildReport: async (options, control) => (await release, jobs.buildReport(options, control)) };
  };
}

async function notARegister(): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Budsjett").getCell("A1").value = "Budsjett 2023";
  return new Blob([await wb.xlsx.writeBuffer()]);
}

/** Three active initiatives in 2023-Q1; in 2023-Q2 only the first reports, the third has no contact. */
async function roundRegister(): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Tiltak").addRows([
    ["ID", "Navn", "Eier", "Segment", "Hovedmål", "Kontakt"],
    ["T-1", "Anmeldt", "Helse Sør-Øst RHF", "Orientering", 1, "a@example.no"],
    ["T-2", "Borte", "Helse Vest RHF", "Orientering", 2, "b@example.no"],
    ["T-3", "Ceremoni", "Helsedirektoratet", "Orientering", 3, null],
  ]);
  wb.addWorksheet("Rapporter").addRows([
    ["ID", "Periode", "Fase", "Status"],
    ["T-1", "2023-Q1", "Aktiv", "Grønn"],
    ["T-2", "2023-Q1", "Aktiv", "Grønn"],
    ["T-3", "2023-Q1", "Aktiv", "Grønn"],
    ["T-1", "2023-Q2", "Aktiv", "Grønn"],
  ]);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

describe("the file worker's jobs, as the page sees them", () => {
  it("names whom the period's reminder goes to, from the register the worker holds", async () => {
    const { start } = workers();
    const jobs = workerJobs(await roundRegister(), "runde.xlsx", start);
    expect((await jobs.inspect({})).kind).toBe("register");
    const q2 = await jobs.reminderRecipients("2023-Q2" as never);
    expect(q2?.notReported.map((i) => i.name)).toEqual(["Borte", "Ceremoni"]);
    expect(q2?.addresses).toEqual(["b@example.no"]);
    expect(q2?.withoutContact.map((i) => i.name)).toEqual(["Ceremoni"]);
    expect((await jobs.reminderRecipients("2023-Q1" as never))?.notReported).toEqual([]);
  });

  it("inspects the file it was sent, counting the bytes it reads, and hands a built report back as a Blob", async () => {
    const { start } = workers();
    const jobs = workerJobs(SAMPLE, "sample-portfolio.xlsx", start);
    const steps: JobProgress[] = [];
    const inspection = await jobs.inspect({}, { progress: (p) => steps.push(p) });
    expect(inspection.kind).toBe("register");
    if (inspection.kind !== "register") {
      return;
    }
    expect(inspection.figures?.active).toBe(37);
    const read = steps.filter((s) => s.step === "read" && s.total !== undefined);
    expect(read.length).toBeGreaterThan(0);
    expect(read[read.length - 1].done).toBe(read[read.length - 1].total);
    const report = await jobs.buildReport({ lang: "nb" }, {});
    expect(report.sheets).toContain("Oppsummering");
    // The file crosses as a Blob, so the page never copies its bytes.
    expect(report.data).toBeInstanceOf(Blob);
    expect([...(await bytesOf(report.data!)).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("turns a file that is no workbook into the same line the command line shows", async () => {
    const { start } = workers();
    const jobs = workerJobs(new Blob(["bare tekst"]), "notater.xlsx", start);
    const failure = await jobs.inspect({}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnusableInputError);
    expect(describeError(failure, "nb")).toBe("notater.xlsx er ikke en Excel-arbeidsbok (.xlsx).");
  });

  it("on Cancel stops the worker at once, drops whatever it would have sent, and starts a new one for the next job", async () => {
    let release: () => void = () => undefined;
    const { started, start } = workers(heldReports(new Promise<void>((resolve) => (release = resolve))));
    const jobs = workerJobs(SAMPLE, "sample-portfolio.xlsx", start);
    await jobs.inspect({});
    const stop = new AbortController();
    const building = jobs.buildReport({ lang: "nb" }, { signal: stop.signal });
    stop.abort();
    await expect(building).rejects.toBeInstanceOf(JobCancelled);
    expect(started.map((w) => w.terminated)).toEqual([true]);
    release();
    const again = await jobs.inspect({});
    expect(again.kind).toBe("register");
    expect(started).toHaveLength(2);
  });

  it("lets figures asked for behind a cancelled job arrive from the new worker", async () => {
    let release: () => void = () => undefined;
    const { started, start } = workers(heldReports(new Promise<void>((resolve) => (release = resolve))));
    const jobs = workerJobs(SAMPLE, "sample-portfolio.xlsx", start);
    await jobs.inspect({});
    const stop = new AbortController();
    const building = jobs.buildReport({ lang: "nb" }, { signal: stop.signal }).catch((e: unknown) => e);
    const figures = jobs.keyFigures("2023-Q1" as never);
    stop.abort();
    expect(await building).toBeInstanceOf(JobCancelled);
    expect((await figures).active).toBeGreaterThan(0);
    expect(started).toHaveLength(2);
    release();
  });

  it("keeps a new register it made: a worker started after a cancel reads that register, not the file as first opened", async () => {
    let release: () => void = () => undefined;
    const { started, start } = workers(heldReports(new Promise<void>((resolve) => (release = resolve))));
    const jobs = workerJobs(await notARegister(), "budsjett.xlsx", start);
    expect((await jobs.inspect({})).kind).toBe("other");
    const created = await jobs.createRegister({ lang: "nb" });
    expect(created.data).toBeInstanceOf(Blob);
    const stop = new AbortController();
    const building = jobs.buildReport({ lang: "nb" }, { signal: stop.signal }).catch((e: unknown) => e);
    stop.abort();
    expect(await building).toBeInstanceOf(JobCancelled);
    expect((await jobs.inspect({})).kind).toBe("register");
    expect(started).toHaveLength(2);
    release();
  });
});
