/** Entry point of the reference static server: `tsx reference-impl/static/main.ts`. */
import { fileURLToPath } from "node:url";
import { exitWithParent } from "../lifecycle.ts";
import { staticKnobsFromEnv } from "./config.ts";
import { startStaticServer } from "./server.ts";

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
const server = await startStaticServer({
  host: process.env.HOST ?? "0.0.0.0",
  port,
  // The current generation of the page (page/generations.ts; not imported: the servers image
  // holds this file transpiled, and the page directory as it is).
  root: process.env.HAL_STATIC_ROOT ?? fileURLToPath(new URL("../page/current", import.meta.url)),
  ...staticKnobsFromEnv(process.env),
  log: (line) => console.log(line),
});
exitWithParent(server.close);
