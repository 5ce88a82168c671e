// Builds the task pane (and any other Office page) into dist/, and serves it
// for Excel and for the browser with `npm run dev-server`.
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/**
 * The pages of the add-in: one bundle each, from one HTML template (src/taskpane/pane.html).
 * A ribbon FunctionFile (commands.html) is one more line here.
 */
const PAGES = [
  // Excel loads this one: office.js first, from Microsoft's CDN (Microsoft's rule).
  { name: "taskpane", entry: "./src/taskpane/index.tsx", officeJs: true },
  // The pane outside Excel: no office.js, so it starts where Microsoft's CDN hangs.
  { name: "standalone", entry: "./src/taskpane/standalone.tsx", officeJs: false },
];

/**
 * Who the support page (the manifest's SupportUrl) sends users to:
 * SUPPORT_CONTACT at build time, an e-mail address or a name; without it,
 * whoever installed the add-in.
 */
function supportContact() {
  const contact = (process.env.SUPPORT_CONTACT || "").trim();
  const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  if (!contact) {
    return { nb: "den som har installert tillegget for virksomheten din", en: "whoever installed the add-in for your organisation" };
  }
  const html = contact.includes("@") ? `<a href="mailto:${escape(contact)}">${escape(contact)}</a>` : escape(contact);
  return { nb: html, en: html };
}

/** Where the add-in is hosted in production; manifest URLs are rewritten to it. */
function addinHost() {
  const host = process.env.ADDIN_HOST || DEV_URL;
  return host.endsWith("/") ? host : `${host}/`;
}

/**
 * HTTPS for Excel when the Office development certificates can be had; plain
 * HTTP on localhost (fine for the browser) otherwise. On Linux the certificates
 * are only used when already installed: installing them asks for sudo.
 */
async function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === "1") {
    return { type: "http" };
  }
  try {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    const files = [defaults.localhostCertificatePath, defaults.localhostKeyPath, defaults.caCertificatePath];
    if (files.every((f) => fs.existsSync(f))) {
      const [cert, key, ca] = files.map((f) => fs.readFileSync(f));
      return { type: "https", options: { cert, key, ca } };
    }
    if (process.platform === "win32" || process.platform === "darwin") {
      const devCerts = require("office-addin-dev-certs");
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    }
    console.warn(
      "No Office development certificates: serving http://localhost:3000 (browser only). " +
        "For Excel, run `npx office-addin-dev-certs install` and start again.",
    );
  } catch (e) {
    console.warn(`Office development certificates unavailable (${e && e.message}); serving plain http on localhost.`);
  }
  return { type: "http" };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const host = addinHost();

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // exceljs's package.json points browsers at its self-contained build (dist/exceljs.min.js).
      mainFields: ["browser", "module", "main"],
      // The file host must bundle for the browser: no Node module may slip into it.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig.json targets Node (CommonJS) for jest and the CLI; webpack needs ES modules
              // so that import() becomes a lazy chunk instead of an inlined require().
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // exceljs builds new workbooks (templates) only; opening a register never loads it.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20, enforce: true },
        },
      },
    },
    performance: {
      // exceljs is large but lazy; the start-up budget is checked by test/e2e on the entry files alone.
      hints: false,
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: "./src/taskpane/pane.html",
            chunks: [p.name],
            officeJs: p.officeJs,
          }),
      ),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
        inject: false,
        version: require("./package.json").version,
        contact: supportContact(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/sample-portfolio.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            transform: (content) => (production ? content.toString().split(DEV_URL).join(host) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: "localhost",
          server: await devServerTransport(),
          // Office loads the pane in an iframe from another origin.
          headers: { "Access-Control-Allow-Origin": "*" },
          open: false,
          hot: false,
          client: { overlay: { warnings: false } },
          static: false,
          historyApiFallback: { index: "/taskpane.html" },
        }
      : undefined,
  };
};
