import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { Host } from "../../src/taskpane/host/host";

/** Renders the whole pane for a host, as index.tsx does. */
export function renderPane(host: Host) {
  return render(<App host={host} />);
}

/** The figure shown under a key figure's label (a dt/dd pair). */
export function figureValue(label: string): string {
  const term = screen.getAllByRole("term").find((t) => t.textContent === label);
  if (!term) {
    throw new Error(`no key figure labelled ${label}`);
  }
  const value = term.nextElementSibling;
  if (!value || value.tagName !== "DD") {
    throw new Error(`key figure ${label} has no value`);
  }
  return value.textContent ?? "";
}

/** The region (section) a heading names. */
export function region(name: string | RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}
