/** Starts the file worker (src/taskpane/work/fileWorker.ts), built by webpack as a chunk of its own. */
export declare function startFileWorker(): Worker;
