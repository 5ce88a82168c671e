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
    matches: false, media: query, onchange: null,
    addListener: () => undefined, removeListener: () => undefined,
    addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false,
  });
  w.TextEncoder ??= TextEncoder;
  w.TextDecoder ??= TextDecoder;
  w.structuredClone ??= (value: unknown) => deserialize(serialize(value));
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

// The pane renders a newly opened workbook in slices (a React transition); on a busy two-core machine the first
// render of Fluent's components can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

export {};
