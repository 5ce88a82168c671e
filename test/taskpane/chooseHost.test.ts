import { chooseLang } from "../../src/taskpane/i18n/chooseLang";
import { officeThemeOf } from "../../src/taskpane/host/startHost";

describe("the pane's language", () => {
  it.each([
    ["nb-NO", "nb"],
    ["nn-NO", "nb"],
    ["no", "nb"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["de-DE", "nb"],
    [undefined, "nb"],
  ] as const)("from %s is %s", (tag, lang) => {
    expect(chooseLang(tag)).toBe(lang);
  });
});

describe("the Office theme", () => {
  it.each([
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#000000" }, "dark"],
    [{ bodyBackgroundColor: "#F3F3F3" }, "light"],
    [{}, "light"],
    [undefined, "light"],
  ] as const)("from %j is %s", (theme, expected) => {
    expect(officeThemeOf(theme)).toBe(expected);
  });
});
