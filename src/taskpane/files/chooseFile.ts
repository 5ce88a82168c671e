import type { FileHandle } from "../host/host";

/** The File System Access API's picker, where the browser has it (Chromium); typed here, as TypeScript's DOM library lacks it. */
type OpenFilePicker = (options: {
  types: Array<{ description: string; accept: Record<string, string[]> }>;
  multiple: boolean;
}) => Promise<FileHandle[]>;

// A register may be an ordinary workbook or one with macros; both are read the same way.
const TYPES = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [".xlsx"],
  "application/vnd.ms-excel.sheet.macroEnabled.12": [".xlsm"],
};

/** What the file input accepts: the register's extensions and their media types. */
export const WORKBOOK_ACCEPT = [...Object.values(TYPES).flat(), ...Object.keys(TYPES)].join(",");

/**
 * Lets the user choose an .xlsx. Where the browser offers the File System
 * Access API the pane keeps the file's handle, so Kontroller can read it
 * again after it is changed on disk; elsewhere (or where the page may not use
 * it, as in a frame) the ordinary file input is used.
 */
export async function chooseFile(input: HTMLInputElement | null, onChosen: (file: File, handle?: FileHandle) => void): Promise<void> {
  const picker = (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  if (typeof picker === "function") {
    try {
      const [handle] = await picker({ types: [{ description: "Excel (.xlsx, .xlsm)", accept: TYPES }], multiple: false });
      if (handle) {
        onChosen(await handle.getFile(), handle);
      }
      return;
    } catch (e) {
      // The user closed the picker: nothing to do. Refused (a frame, a policy): the file input below still works.
      if (e instanceof DOMException && e.name === "AbortError") {
        return;
      }
    }
  }
  input?.click();
}
