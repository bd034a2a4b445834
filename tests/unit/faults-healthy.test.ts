/**
 * The healthy run of the self-test judges every checkable item but the long soaks', as the real
 * suite lists its tests (`playwright test --list`): its green set is derived, never kept by hand,
 * so an item whose test exists cannot drift out of it (routing.ws-deterministic and
 * troubleshooting.bypass once did: they never ran against the healthy stack).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CHECKLIST } from "../../harness/checklist/items.ts";
import { listSuite } from "../../harness/checklist/listing.ts";
import { faultNamed } from "../../harness/faults/catalogue.ts";
import { judgedFault, judgedItems, soakItems } from "../../harness/faults/expectations.ts";
import { selectTests } from "../../harness/faults/runner.ts";

test("the healthy run judges every checkable non-soak item, and its tests check them all", () => {
  const suite = listSuite();
  const soak = soakItems(suite);
  assert.deepEqual(
    [...soak].sort(),
    ["pdv.stable-10min", "step6.test5.stable-5min", "success.no-log-errors-1h", "success.stable-1h"],
    "the @soak tests check the four soak items",
  );
  const healthy = judgedFault(faultNamed("healthy"), suite);
  const judged = new Set<string>(judgedItems(healthy));
  const checkable = CHECKLIST.filter((i) => !i.manual && !soak.has(i.id)).map((i) => i.id);
  assert.deepEqual(
    checkable.filter((id) => !judged.has(id)),
    [],
    "checkable items the healthy run does not judge",
  );
  assert.deepEqual(
    [...judged].filter((id) => soak.has(id)),
    [],
    "the healthy run judges no soak item",
  );
  // What it selects: the tests that check those items, each item checked by at least one of them.
  const selected = new Set(selectTests(healthy, suite));
  const checked = new Set(suite.filter((t) => selected.has(t.location)).flatMap((t) => t.ids));
  assert.deepEqual(
    checkable.filter((id) => !checked.has(id)),
    [],
    "checkable items no selected test checks",
  );
  for (const id of ["routing.ws-deterministic", "troubleshooting.bypass"] as const) assert.ok(healthy.green.includes(id), id);
});
