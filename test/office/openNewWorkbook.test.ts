import { openNewWorkbook, toBase64 } from "../../src/host/office/createWorkbook";
import { FakeExcel } from "./double/fakeExcel";
import { officeError } from "./double/officeError";

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7) % 256);

describe("opening bytes made in the pane as a new Excel workbook", () => {
  it("hands Excel the bytes as base64, whole", async () => {
    const excel = new FakeExcel();
    const bytes = bytesOf(100_000);
    expect(await openNewWorkbook(bytes, excel)).toBe("opened");
    expect(excel.createdWorkbooks).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(excel.createdWorkbooks[0], "base64"))).toEqual(bytes);
    expect(toBase64(Uint8Array.of(0x50, 0x4b, 3, 4))).toBe(Buffer.from([0x50, 0x4b, 3, 4]).toString("base64"));
  });

  it("does not try where Excel lacks ExcelApi 1.8, so the pane can offer a download instead", async () => {
    const excel = new FakeExcel();
    excel.excelApi = 7;
    expect(await openNewWorkbook(bytesOf(10), excel)).toBe("unsupported");
    expect(excel.createdWorkbooks).toEqual([]);
  });

  it("does not send a file whose base64 would pass Excel on the web's request limit", async () => {
    const excel = new FakeExcel();
    // 3.5 MB of file is 4.7 MB of base64: over the 4 MB every sync keeps to, and close to the web's 5 MB.
    expect(await openNewWorkbook(bytesOf(3_500_000), excel)).toBe("too-large");
    expect(excel.createdWorkbooks).toEqual([]);
    expect(await openNewWorkbook(bytesOf(2_900_000), excel)).toBe("opened");
  });

  it("takes Excel's own refusal for size as too large, and passes on any other refusal", async () => {
    const small = new FakeExcel(1000);
    expect(await openNewWorkbook(bytesOf(2000), small)).toBe("too-large");
    const refusing = {
      isSetSupported: () => true,
      createWorkbook: async () => Promise.reject(officeError("AccessDenied", "Blocked by policy.")),
    };
    await expect(openNewWorkbook(bytesOf(4), refusing)).rejects.toEqual(
      expect.objectContaining({ name: "HostError", message: "Blocked by policy." }),
    );
  });

  it("is refused by the double over the web's 5 MB, as Excel on the web refuses it", async () => {
    const excel = new FakeExcel();
    await expect(excel.createWorkbook(toBase64(bytesOf(4_000_000)))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
