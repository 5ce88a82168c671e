/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LANG_KEY, standaloneHost } from "../../src/taskpane/host/standaloneHost";
import { renderPane } from "./renderPane";

describe("the language in the browser", () => {
  beforeEach(() => localStorage.clear());

  it("follows the browser's language on the first visit", () => {
    expect(standaloneHost().lang).toBe(navigator.language.startsWith("en") ? "en" : "nb");
  });

  it("is the one the user chose last time", async () => {
    const user = userEvent.setup();
    renderPane({ ...standaloneHost(), lang: "nb" });
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    expect(localStorage.getItem(LANG_KEY)).toBe("en");
    expect(standaloneHost().lang).toBe("en");
  });

  it("ignores what it cannot read as a choice", () => {
    localStorage.setItem(LANG_KEY, "fr");
    expect(standaloneHost().lang).toBe(navigator.language.startsWith("en") ? "en" : "nb");
  });
});
