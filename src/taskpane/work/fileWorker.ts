import { fileJobs } from "./fileJobs";
import { serveJobs, type JobScope } from "./serveJobs";

// The file worker: reads, checks, summarizes and writes the user's file off the page's thread.
serveJobs(self as unknown as JobScope, (source, name) => fileJobs(source, name));
