import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { standaloneHost } from "./host/standaloneHost";

// The page outside Excel: no office.js to wait for, so it starts even where Microsoft's CDN does not answer.
const root = document.getElementById("root");
if (!root) {
  throw new Error("standalone.html has no #root element");
}
createRoot(root).render(<App host={standaloneHost()} />);
