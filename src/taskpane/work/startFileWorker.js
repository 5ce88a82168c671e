/* global Worker */
// Kept in JavaScript: webpack makes a worker chunk of `new Worker(new URL(…, import.meta.url))`, syntax the
// CommonJS build of the tests and the command line cannot hold. Only the browser host loads this file.
export function startFileWorker() {
  return new Worker(/* webpackChunkName: "file-worker" */ new URL("./fileWorker.ts", import.meta.url), { name: "file-worker" });
}
