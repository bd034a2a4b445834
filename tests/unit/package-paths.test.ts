/**
 * The two shapes the suite runs in (harness/paths.ts): a clone's TypeScript and the installed
 * package's JavaScript; and the browser choice's guard against Ubuntu's snap shim. The package
 * itself is proven end to end by `npm run pack:smoke`.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { isSnapShim } from "../../harness/infra/browser.ts";
import { assets, buildTree } from "../../harness/package/build.ts";
import { COMPILED, NODE_LOADER, nodeEntry, REPO_ROOT, suiteModule } from "../../harness/paths.ts";

test("in a clone, suite modules are the TypeScript sources, run through tsx", () => {
  assert.equal(COMPILED, false);
  assert.equal(suiteModule("harness/cli/selftest.ts"), join(REPO_ROOT, "harness/cli/selftest.ts"));
  assert.deepEqual(NODE_LOADER, ["--import", "tsx"]);
  assert.deepEqual(nodeEntry("reference-impl/gateway/main.ts"), ["--import", "tsx", join(REPO_ROOT, "reference-impl/gateway/main.ts")]);
});

test("the build compiles the whole tree the build config names and ships its other files, tests/unit aside", () => {
  const { roots, exclude, outDir } = buildTree();
  assert.equal(outDir, "dist");
  for (const root of ["harness", "fixtures", "tests", "reference-impl", "playwright.config.ts"]) assert.ok(roots.includes(root), root);
  assert.ok(exclude.includes("tests/unit"));
  const files = roots.flatMap((r) => (r.endsWith(".ts") ? [] : assets(r, exclude)));
  for (const f of ["reference-impl/page/current/index.html", "reference-impl/haproxy/haproxy.cfg.tmpl", "harness/report/allurerc.mjs"])
    assert.ok(files.includes(f), `${f} is shipped`);
  assert.ok(!files.some((f) => f.endsWith(".ts") || f.startsWith("tests/unit/")));
});

test("Ubuntu's chromium shim (a script that hands over to the snap) is not taken for a browser", () => {
  const dir = mkdtempSync(join(tmpdir(), "hal-shim-"));
  try {
    const shim = join(dir, "chromium-browser");
    writeFileSync(shim, '#!/bin/sh\n# transitional package\nexec /snap/bin/chromium "$@"\n');
    const elf = join(dir, "chromium");
    writeFileSync(elf, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    const wrapper = join(dir, "chromium-wrapper");
    writeFileSync(wrapper, '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n');
    assert.equal(isSnapShim(shim), true);
    assert.equal(isSnapShim(elf), false);
    assert.equal(isSnapShim(wrapper), false, "Debian's /usr/bin/chromium wrapper script is a real browser");
    assert.equal(isSnapShim(join(dir, "missing")), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
