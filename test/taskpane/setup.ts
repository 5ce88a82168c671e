// What Fluent UI v9 (and the Office double) expect of a browser and jsdom lacks. Imported first by every task pane test.
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined") {
  const w = window as unknown as Record<string, unknown>;
  w.ResizeObserver ??= ResizeObserverStub;
  w.matchMedia ??= (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
  w.TextEncoder ??= TextEncoder;
  w.TextDecoder ??= TextDecoder;
  w.structuredClone ??= (value: unknown) => deserialize(serialize(value));
  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = () => undefined;
  }
}

// The pane renders a newly opened workbook in slices (a React transition), and jsdom draws Fluent's components
// slowly: with other test runs on the same two cores, the first render of the pane has been measured at 6.7 s and
// opening the period list at 16 s, past Testing Library's default second and past 5 s (a report test failed so).
// A state the pane never reaches still fails the test, only later.
configure({ asyncUtilTimeout: 20000 });

export {};
