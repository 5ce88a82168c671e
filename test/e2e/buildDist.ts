import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** Builds the production bundle unless dist/ is newer than every source it is made from. */
export function ensureProductionBuild(): void {
  const page = join(DIST, "taskpane.html");
  const sources = [join(ROOT, "src"), join(ROOT, "webpack.config.js"), join(ROOT, "assets"), join(ROOT, "package.json")];
  if (existsSync(page) && statSync(page).mtimeMs > newest(sources)) {
    return;
  }
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    timeout: 15 * 60_000,
  });
  if (!existsSync(page)) {
    throw new Error("webpack ran but wrote no dist/taskpane.html");
  }
}

function newest(paths: string[]): number {
  let latest = 0;
  for (const p of paths) {
    if (!existsSync(p)) {
      continue;
    }
    const stat = statSync(p);
    if (stat.isDirectory()) {
      latest = Math.max(latest, newest(readdirSync(p).map((n) => join(p, n))));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  }
  return latest;
}
