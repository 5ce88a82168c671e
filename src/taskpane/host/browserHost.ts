import type { Lang } from "../../core/messages/catalogue";
import { offerDownload } from "../../host/browser/offerDownload";
import { workerJobs } from "../work/workerJobs";
import type { FileHandle, Host, OpenWorkbook } from "./host";

/** Where the build puts the sample register (webpack.config.js copies assets/sample-portfolio.xlsx). */
const SAMPLE_URL = "assets/sample-portfolio.xlsx";
const SAMPLE_NAME = "eksempelregister.xlsx";

/**
 * The page outside Office: the user opens an .xlsx, which is read and written
 * in a Web Worker, so the page never freezes. The worker's code loads on the
 * first open; exceljs only when template workbooks are made.
 */
export function browserHost(lang: Lang, theme: Host["theme"]): Host {
  return {
    mode: "browser",
    lang,
    theme,
    selectsCells: false,
    openFile,
    sample,
    prepare,
    download: async (data, name) => offerDownload(data, name),
  };
}

// A worker started as soon as the pane is on screen, so that opening a file does not wait for one to start and load its code.
let spare: Worker | undefined;

async function starter(): Promise<() => Worker> {
  const { startFileWorker } = await import(/* webpackMode: "eager" */ "../work/startFileWorker");
  return startFileWorker;
}

// Only a head start: if the worker cannot be had now, opening a file tries again and says why.
function prepare(): void {
  starter().then(
    (start) => void (spare ??= start()),
    () => undefined,
  );
}

async function openFile(file: File, handle?: FileHandle): Promise<OpenWorkbook> {
  const start = await starter();
  const take = () => {
    const worker = spare ?? start();
    spare = undefined;
    return worker;
  };
  return {
    jobs: workerJobs(file, file.name, take),
    name: file.name,
    file: { lastModified: file.lastModified, reread: handle && (() => handle.getFile()) },
  };
}

async function sample(): Promise<File> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) {
    throw new Error(`${SAMPLE_URL}: ${response.status}`);
  }
  return new File([await response.blob()], SAMPLE_NAME, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
