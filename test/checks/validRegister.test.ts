import { buildRegister, checkBytes } from "./fixtures/validRegister";

describe("the valid register of the test corpus", () => {
  it("has no findings at all, so that every defect built from it stands alone", async () => {
    const { findings, period } = await checkBytes(buildRegister());
    expect(findings).toEqual([]);
    expect(period).toBe("2023-Q2");
  });
});
