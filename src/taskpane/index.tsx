import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { startHost } from "./host/startHost";

async function main(): Promise<void> {
  const host = await startHost();
  const root = document.getElementById("root");
  if (!root) {
    throw new Error("taskpane.html has no #root element");
  }
  createRoot(root).render(<App host={host} />);
}

void main();
