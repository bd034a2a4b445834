/**
 * A stand-in for every destructive check: tagged @destructive, with a test-scoped fixture that
 * acts before the body (as a fault or reload fixture would). On the reference stack it runs and
 * passes. Against a production target the read-only guard must skip it before its fixture is
 * set up; if it ever runs there, it leaves a marker file and fails. read-only-guard.spec.ts
 * runs it with a production target and `--grep @destructive` to prove the guard holds.
 */
import { writeFileSync } from "node:fs";
import { expect, test } from "../../fixtures/index.ts";

const canary = test.extend<{ destructiveSetup: void }>({
  destructiveSetup: async ({ stack, suiteConfig }, use) => {
    const marker = suiteConfig.HAL_GUARD_CANARY_MARKER;
    if (marker) writeFileSync(marker, `destructive fixture ran against ${stack.target} (${stack.pageUrl})\n`, { flag: "a" });
    await use();
  },
});

canary("destructive canary: never runs against a production target", { tag: ["@destructive"] }, async ({ stack, destructiveSetup }) => {
  void destructiveSetup;
  expect(stack.target, "a @destructive check ran against a production target: the read-only guard failed").toBe("reference");
});
