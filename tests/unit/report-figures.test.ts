/**
 * Figures and charts: built from the timelines the checks record, thinned explicitly, drawn
 * as SVG by Vega-Lite/Vega in Node; a 60-minute soak's page stays under 1 MB, even when the
 * soak exchanged a message every 2 s and the page looped for the whole hour.
 */
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import { test } from "node:test";
import { buildReport } from "../../harness/checklist/verdicts.ts";
import { HAL_PAGE } from "../../harness/page/contract.ts";
import { allureAnnotations } from "../../harness/report/allure.ts";
import {
  connectionFigure,
  frameExchanges,
  MAX_POINTS,
  soakFigure,
  type TimelineLike,
  thin,
  watchOneMoreCycle,
  worstPerBin,
} from "../../harness/report/figure-data.ts";
import type { Figure } from "../../harness/report/figure-types.ts";
import { FIGURE_CONTENT_TYPE, figuresOf } from "../../harness/report/figures.ts";
import { renderChecklistPage } from "../../harness/report/page.ts";
import { targetOf } from "../../harness/report/run-info.ts";
import { renderSvg } from "../../harness/report/svg.ts";

const T0 = Date.parse("2026-11-27T02:00:00Z");
const HOUR = 3_600_000;

type Frame = ReturnType<TimelineLike["frames"]>[number];

/** A synthetic hour: a question every `everyMs` answered in 100–600 ms, audio 4 frames a second, sockets as given. */
function hour(everyMs: number, sockets: TimelineLike["sockets"], status: TimelineLike["status"]): TimelineLike {
  const frames: Frame[] = [];
  for (let at = T0 + 1000, i = 0; at < T0 + HOUR; at += everyMs, i++) {
    frames.push({ at, dir: "sent", type: "text_input", bytes: 80 });
    frames.push({ at: at + 100 + ((i * 37) % 500), dir: "received", type: "response", bytes: 300 });
  }
  for (let at = T0 + 500; at < T0 + HOUR; at += 250) frames.push({ at, dir: "sent", type: "audio_stream", bytes: 21_000, audio: true });
  frames.sort((a, b) => a.at - b.at);
  const first = sockets[0];
  if (first) first.frames = frames;
  return { navigationStart: T0, status, sockets, frames: () => frames };
}

const steady = () =>
  hour(
    2000,
    [{ openedAt: T0 + 150, frames: [] }],
    [
      { at: T0 + 50, text: "Connecting..." },
      { at: T0 + 200, text: "Connected! Session: abcd1234..." },
      { at: T0 + 3000, text: "HAL is thinking..." },
    ],
  );

/** The page looping for an hour: a socket every 3 s, each dropped after 100 ms. */
const looping = () => {
  const sockets: TimelineLike["sockets"] = [];
  const status: TimelineLike["status"] = [];
  for (let at = T0; at < T0 + HOUR; at += 3100) {
    sockets.push({ openedAt: at + 150, closedAt: at + 250, frames: [] });
    status.push({ at: at + 200, text: 'Connected! Say "Hey Jarvis" to begin.' }, { at: at + 260, text: "Disconnected. Reconnecting..." });
  }
  return hour(2000, sockets, status);
};

async function pageWith(figures: Figure[]): Promise<string> {
  const report = buildReport(
    [{ title: "soak", status: "passed", flaky: false, annotations: [{ type: "checklist", description: "success.stable-1h" }] }],
    "t",
  );
  return renderChecklistPage({
    report,
    run: { target: targetOf(undefined), pageGeneration: "-", startedAt: "-", durationMs: HOUR, status: "passed", versions: [] },
    tests: [{ title: "soak", status: "passed", figures }],
    links: [],
  });
}

test("a 60-minute soak (a message every 2 s, audio 4 frames/s) is thinned and its page stays under 1 MB", async () => {
  const t = steady();
  const started = performance.now();
  const figure = soakFigure("Soak", t, HAL_PAGE.status, { budgetMs: 5000, plannedMs: HOUR, endAt: T0 + HOUR });
  assert.equal(frameExchanges(t).length, 1800);
  assert.ok(figure.replies.length <= MAX_POINTS, `${figure.replies.length} points drawn`);
  assert.equal(figure.omitted, 1800 - figure.replies.length, "thinning is stated");
  const page = await pageWith([figure]);
  const ms = performance.now() - started;
  const bytes = Buffer.byteLength(page);
  console.log(`60-minute soak page: ${(bytes / 1024).toFixed(0)} KB, built and drawn in ${ms.toFixed(0)} ms`);
  assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
});

test("an hour-long reconnect loop keeps the page under 1 MB, and says how many events were left out", async () => {
  const t = looping();
  const soak = soakFigure("Soak", t, HAL_PAGE.status, { budgetMs: 5000, endAt: T0 + HOUR });
  const connection = connectionFigure("Connection", t, HAL_PAGE.status, T0 + HOUR);
  assert.ok(soak.sockets.length <= MAX_POINTS && soak.status.length <= MAX_POINTS);
  assert.ok(connection.omitted > 0);
  const bytes = Buffer.byteLength(await pageWith([soak, connection]));
  console.log(`hour-long loop page: ${(bytes / 1024).toFixed(0)} KB`);
  assert.ok(bytes < 1024 * 1024, `${bytes} bytes`);
});

test("thinning keeps what a reader looks for: the extremes, the worst latency per time bin", () => {
  const sizes = Array.from({ length: 1000 }, (_, i) => ({ bytes: (i * 7919) % 1000 }));
  const kept = thin(sizes, 50, (s) => s.bytes);
  assert.equal(kept.length, 50);
  assert.deepEqual([Math.min(...kept.map((k) => k.bytes)), Math.max(...kept.map((k) => k.bytes))], [0, 999]);
  const series = Array.from({ length: 1000 }, (_, i) => ({ at: i * 1000, ms: i === 777 ? 9000 : 100 }));
  const binned = worstPerBin(series, 100);
  assert.ok(binned.length <= 100);
  assert.ok(
    binned.some((p) => p.ms === 9000),
    "a single slow reply survives binning",
  );
});

test("every kind of figure draws as a labelled SVG, and round-trips through its attachment", async () => {
  const t = steady();
  const figures: Figure[] = [
    {
      kind: "latency",
      title: "Reply latency",
      samples: [
        { label: "1. hello", ms: 120 },
        { label: "2. joke", ms: null },
      ],
      budgets: [{ label: "3 s", ms: 3000 }],
    },
    { kind: "sizes", title: "Sizes", messages: [{ type: "→ text_input", bytes: 80, audio: false }], limitBytes: 10240, omitted: 0 },
    connectionFigure("Connection", looping(), HAL_PAGE.status, T0 + 20_000),
    soakFigure("Soak", t, HAL_PAGE.status, { budgetMs: 5000 }),
  ];
  for (const f of figures) {
    const svg = await renderSvg(f);
    assert.match(svg, new RegExp(`^<svg role="img" aria-label="${f.title}"`));
    assert.deepEqual(figuresOf([{ contentType: FIGURE_CONTENT_TYPE, body: Buffer.from(JSON.stringify(f)) }]), [f]);
  }
});

test("a failed connection check watches two more cycles, bounded, and returns at once when nothing dropped", async () => {
  const sockets: TimelineLike["sockets"] = [{ openedAt: 0, closedAt: 1, frames: [] }];
  const t = Object.assign(new EventEmitter(), { sockets });
  const started = Date.now();
  await watchOneMoreCycle(Object.assign(new EventEmitter(), { sockets: [] }), 60_000);
  assert.ok(Date.now() - started < 1000, "nothing dropped: no wait");
  const watching = watchOneMoreCycle(t, 60_000);
  for (const n of [2, 3]) {
    sockets.push({ openedAt: n, closedAt: n + 1, frames: [] });
    t.emit("close");
  }
  await watching;
  const bounded = Date.now();
  await watchOneMoreCycle(Object.assign(new EventEmitter(), { sockets: [{ openedAt: 0, closedAt: 1, frames: [] }] }), 50);
  assert.ok(Date.now() - bounded < 1000);
});

test("Allure labels: per checklist item an epic (its step) and a story (its words and id); unknown ids none", () => {
  assert.deepEqual(allureAnnotations(["pdv.reply-5s", "no.such.item"]), [
    { type: "@allure.label.epic", description: "Post-Deployment Verification" },
    { type: "@allure.label.story", description: "Functionality: responses appear within 5 seconds [pdv.reply-5s]" },
  ]);
});
