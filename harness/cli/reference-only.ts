/**
 * `node --import tsx harness/cli/reference-only.ts "npm test"`: the first step of the npm scripts
 * that run on the reference stack only (npm test, npm run soak): exit 2 when a production target
 * is configured, from the environment or from .env (harness/config/production-entry.ts).
 */
import { exitOnProductionTarget } from "../config/production-entry.ts";

exitOnProductionTarget(process.argv[2] ?? "this command");
