#!/usr/bin/env node
// The suite's command line (`npx hal-e2e <command>`): loads TypeScript through tsx, then
// dispatches. Commands: verify (read-only post-deploy verification).
import { register } from "tsx/esm/api";

register();
const { Command } = await import("commander");
const { verifyCommand } = await import("./verify.ts");
const program = new Command("hal-e2e").description("HAL deployment checklist as code").addCommand(verifyCommand());
program.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
await program.parseAsync(process.argv);
