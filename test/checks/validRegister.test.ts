import { buildRegister, checkBytes, VALID_FULL_REGISTER } from "./fixtures/validRegister";

describe("the valid register of the test corpus", () => {
  it("has no findings at all, so that every defect built from it stands alone", async () => {
    const { findings, period } = await checkBytes(buildRegister());
    expect(findings).toEqual([]);
    expect(period).toBe("2023-Q2");
  });

  it("has none with the roadmap and topics sheets added either", async () => {
    const { findings, register } = await checkBytes(buildRegister(VALID_FULL_REGISTER));
    expect(findings).toEqual([]);
    expect([register.roadmap.length, register.topics.length]).toEqual([4, 2]);
  });
});
