import { openNewWorkbook, toBase64 } from "../../src/host/office/createWorkbook";
import { officeError } from "./double/officeError";

describe("opening bytes made in the pane as a new Excel workbook", () => {
  it("hands Excel the bytes as base64, whole, however long", async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const received: string[] = [];
    await openNewWorkbook(bytes, { createWorkbook: async (base64?: string) => void received.push(base64 ?? "") });
    expect(received).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(received[0], "base64"))).toEqual(bytes);
    expect(toBase64(Uint8Array.of(0x50, 0x4b, 3, 4))).toBe(Buffer.from([0x50, 0x4b, 3, 4]).toString("base64"));
  });

  it("says plainly when Excel cannot create workbooks, and passes on Excel's own refusal", async () => {
    await expect(openNewWorkbook(new Uint8Array(4), {} as never)).rejects.toThrow(/ExcelApi 1\.8/);
    const refused = openNewWorkbook(new Uint8Array(4), { createWorkbook: async () => Promise.reject(officeError("AccessDenied", "Blocked by policy.")) });
    await expect(refused).rejects.toEqual(expect.objectContaining({ name: "HostError", message: "Blocked by policy." }));
  });
});
