/** @jest-environment jsdom */
import { buildPath, manifestText, manifestUrls, parseManifest } from "./readManifest";

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}
interface Plugin {
  userOptions?: { filename?: string; contact?: { nb: string; en: string } };
  patterns?: CopyPattern[];
}

/** The production webpack configuration, built the way `npm run build` builds it, with these environment variables. */
async function productionConfig(host: string, extra: Record<string, string> = {}): Promise<{ plugins: Plugin[] }> {
  const vars: Record<string, string> = { ADDIN_HOST: host, ...extra };
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    // Required here, not imported: the configuration reads the environment set just above.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => Promise<{ plugins: Plugin[] }>;
    return await config({}, { mode: "production" });
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) {
        delete process.env[k];
      } else {
        process.env[k] = v;
      }
    }
  }
}

const HOST = "https://portefolje.example.no/tillegg/";

describe("manifest.xml in the production build", () => {
  let plugins: Plugin[];
  beforeAll(async () => {
    plugins = (await productionConfig(HOST, { SUPPORT_CONTACT: "" })).plugins;
  });

  it("names only pages the build makes", () => {
    const built = plugins.map((p) => p.userOptions?.filename).filter((f): f is string => Boolean(f));
    const pages = manifestUrls(parseManifest())
      .map(({ url }) => buildPath(url))
      .filter((p) => p.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !built.includes(p))).toEqual([]);
  });

  it("has its icons copied into the build's assets/", () => {
    const patterns = plugins.flatMap((p) => p.patterns ?? []);
    const icons = manifestUrls(parseManifest())
      .map(({ url }) => buildPath(url))
      .filter((p) => p.endsWith(".png"));
    for (const icon of icons) {
      expect(patterns.some((p) => p.from === "assets/*.png" && p.to === "assets/[name][ext]")).toBe(true);
      expect(icon.startsWith("assets/")).toBe(true);
    }
  });

  it("is rewritten to the configured host, with no localhost left", () => {
    const pattern = plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from.startsWith("manifest"));
    const rewritten = String(pattern?.transform?.(Buffer.from(manifestText())));
    expect(rewritten).not.toContain("localhost");
    const urls = manifestUrls(parseManifest(rewritten)).map(({ url }) => url);
    expect(urls.every((u) => u.startsWith(HOST))).toBe(true);
    expect(urls).toContain(`${HOST}taskpane.html`);
    expect(urls).toContain(`${HOST}assets/icon-80.png`);
  });

  it("makes a support page that sends users to the contact set at build time, and to the installer without one", async () => {
    const page = (plugins: Plugin[]) => plugins.find((p) => p.userOptions?.filename === "support.html");
    expect(page(plugins)?.userOptions?.contact?.en).toBe("whoever installed the add-in for your organisation");
    const configured = await productionConfig(HOST, { SUPPORT_CONTACT: "hjelp@example.no" });
    expect(page(configured.plugins)?.userOptions?.contact?.nb).toBe('<a href="mailto:hjelp@example.no">hjelp@example.no</a>');
  });
});
