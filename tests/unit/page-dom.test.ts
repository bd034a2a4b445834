/**
 * The chat reader (harness/page/chat-dom.ts) on every build of HAL's page, in Chromium without
 * a stack: each build is served from its files by request routing, and a stand-in gateway
 * answers its WebSocket. The healthy builds (both generations, rows that carry their colour,
 * one more wrapper) must read alike; the broken ones must read as broken; a page without kind
 * classes is read by colour, then by side.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { after, before, test } from "node:test";
import { type Browser, chromium, type Page } from "@playwright/test";
import { HalPage } from "../../fixtures/hal-page.ts";
import { loadConfig } from "../../harness/config/suite-config.ts";
import { buildPageFault } from "../../harness/faults/variants.ts";
import { chooseChromium, chromiumArgs } from "../../harness/infra/browser.ts";
import { browserHomeTrusting } from "../../harness/infra/browser-trust.ts";
import { chatDomOptions, installChatDom, type MessageView } from "../../harness/page/chat-dom.ts";
import { HAL_PAGE } from "../../harness/page/contract.ts";
import { type PageGeneration, pageRoot } from "../../reference-impl/page/generations.ts";

// HTTPS: the microphone is offered to secure contexts only (requests are routed, never sent).
const ORIGIN = "https://hal.test";
const REPLY = "Hello! I'm HAL. How can I help you today?";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };
const { colours } = HAL_PAGE;

let browser: Browser;
const builds = mkdtempSync(join(tmpdir(), "page-dom-"));

before(async () => {
  const choice = chooseChromium(loadConfig({}));
  browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: chromiumArgs(choice),
    env: { ...process.env, HOME: browserHomeTrusting(undefined) },
  });
});
after(() => browser?.close());

interface Opened {
  page: Page;
  /** Types of the frames the page sent. */
  sent: string[];
  console: string[];
}

/** Opens the page in `dir` with a stand-in gateway; resolves once it is connected. */
async function openPage(dir: string, opts: { microphone?: boolean } = {}): Promise<Opened> {
  const page = await (await browser.newContext({ permissions: ["microphone"] })).newPage();
  const opened: Opened = { page, sent: [], console: [] };
  page.on("console", (m) => opened.console.push(m.text()));
  // tsx names functions through a `__name` helper: give the serialised reader one.
  await page.addInitScript("globalThis.__name = (fn) => fn;");
  if (opts.microphone === false)
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    });
  await page.addInitScript(installChatDom, chatDomOptions(HAL_PAGE));
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/$/, "/index.html");
    try {
      route.fulfill({ body: readFileSync(join(dir, path)), contentType: TYPES[extname(path)] ?? "application/octet-stream" });
    } catch {
      route.fulfill({ status: 404, body: "" });
    }
  });
  await page.routeWebSocket(/^wss:\/\/hal\.test/, (ws) => {
    let heard = false;
    ws.onMessage((raw) => {
      const m = JSON.parse(String(raw)) as { type: string; text?: string };
      opened.sent.push(m.type);
      if (m.type === "audio_stream" && !heard) {
        heard = true;
        ws.send(JSON.stringify({ type: "wake_word_detected", message: "Wake word detected! Listening..." }));
      } else if (m.type === "text_input" && m.text === "break") {
        ws.send(JSON.stringify({ type: "error", message: "Unknown type: X" }));
      } else if (m.type === "text_input" && m.text === "busy") {
        // Everything the chat shows that is not a reply, then the reply.
        ws.send(JSON.stringify({ type: "wake_word_detected", message: "Wake word detected! Listening..." }));
        ws.send(JSON.stringify({ type: "transcription", text: "what time is it" }));
        ws.send(JSON.stringify({ type: "error", message: "Transcription failed" }));
        ws.send(JSON.stringify({ type: "response", text: REPLY, intent: "builtin", confidence: 0.95, audio: null, audio_format: null }));
      } else if (m.type === "text_input") {
        ws.send(JSON.stringify({ type: "processing" }));
        ws.send(JSON.stringify({ type: "response", text: REPLY, intent: "builtin", confidence: 0.95, audio: null, audio_format: null }));
      }
    });
    ws.send(JSON.stringify({ type: "connected", session_id: "0123456789abcdef", message: "Connected to HAL Voice Gateway" }));
  });
  // The current page's status moves on from "Connected!" at once: wait for the console line.
  const connected = page.waitForEvent("console", { predicate: (m) => m.text() === HAL_PAGE.console.connected, timeout: 10_000 });
  await page.goto(`${ORIGIN}/`);
  await connected;
  return opened;
}

async function open(dir: string): Promise<Page> {
  return (await openPage(dir)).page;
}

async function say(page: Page, text: string, expectMessages: number): Promise<MessageView[]> {
  await page.fill("#textInput", text);
  await page.press("#textInput", "Enter");
  await page.waitForFunction((n) => (window.__halChat?.messages().length ?? 0) >= n, expectMessages);
  return page.evaluate(() => window.__halChat?.readAll() ?? []);
}

const byText = (views: MessageView[], text: string) => views.find((v) => v.text.includes(text));

async function conversation(dir: string): Promise<{ page: Page; views: MessageView[] }> {
  const page = await open(dir);
  const before = await page.evaluate(() => window.__halChat?.messages().length ?? 0);
  return { page, views: await say(page, "hello", before + 2) };
}

function assertLooksLikeHal(views: MessageView[], build: string) {
  const mine = byText(views, "hello");
  const reply = byText(views, REPLY);
  const welcome = byText(views, "Welcome!");
  assert.ok(mine && reply && welcome, `${build}: ${JSON.stringify(views)}`);
  assert.equal(mine.from, "user", `${build}: the user's message`);
  assert.ok(mine.position > 0.5, `${build}: the user's bubble is on the right (${mine.position} on ${mine.bubble})`);
  assert.equal(mine.background, colours.userBubble, `${build}: the user's bubble is blue`);
  assert.equal(reply.from, "hal", `${build}: HAL's message`);
  assert.ok(reply.position < 0.5, `${build}: HAL's bubble is on the left (${reply.position} on ${reply.bubble})`);
  assert.equal(reply.background, colours.halBubble, `${build}: HAL's bubble is white`);
  assert.equal(welcome.from, "system", `${build}: the welcome note`);
  assert.equal(welcome.background, colours.systemBubble, `${build}: the welcome note is yellow`);
  assert.equal(views.filter((v) => v.text.includes("hello")).length, 1, `${build}: one message per row, not one per part`);
}

for (const generation of ["current", "classic"] satisfies PageGeneration[]) {
  test(`the ${generation} page: rows hold their bubbles (div.message-content), measured on the bubble`, async () => {
    const { page, views } = await conversation(pageRoot(generation));
    assertLooksLikeHal(views, generation);
    const mine = byText(views, "hello");
    assert.equal(mine?.bubble, "div.message-content");
    assert.equal(mine?.fromBy, "class");
    assert.equal(await page.inputValue("#textInput"), "", "the input is cleared after sending");
    await page.context().close();
  });
}

test("healthy builds with another DOM read the same: rows that carry their colour, one more wrapper", async () => {
  for (const build of ["page-rows-carry-colour", "page-extra-wrapper"] as const) {
    const { page, views } = await conversation(buildPageFault(build, builds));
    assertLooksLikeHal(views, build);
    const mine = byText(views, "hello");
    assert.equal(mine?.bubble, build === "page-rows-carry-colour" ? "div.message.user" : "div.message-content", build);
    await page.context().close();
  }
});

test("broken builds read as broken: the user's bubble on the left, or grey", async () => {
  const left = await conversation(buildPageFault("page-user-bubble-left", builds));
  const onLeft = byText(left.views, "hello");
  assert.equal(onLeft?.from, "user", "still the user's (its class says so)");
  assert.ok((onLeft?.position ?? 1) < 0.5, `on the left: ${onLeft?.position}`);
  await left.page.context().close();
  const grey = await conversation(buildPageFault("page-user-bubble-grey", builds));
  assert.equal(byText(grey.views, "hello")?.background, "rgb(224, 224, 224)");
  await grey.page.context().close();
});

test("the current page streams its microphone at connect: the wake word row is a system note", async () => {
  const { page, sent } = await openPage(pageRoot("current"));
  await page.waitForFunction(() => window.__halChat?.readAll().some((v) => v.text.startsWith("👂")));
  const views = await page.evaluate(() => window.__halChat?.readAll() ?? []);
  const wake = views.find((v) => v.text.startsWith("👂"));
  assert.equal(wake?.text, "👂 Wake word detected! Listening...");
  assert.equal(wake?.from, "system");
  assert.ok(sent.includes("audio_stream"));
  assert.equal(await page.isVisible("#voiceIndicator"), true, "the listening indicator shows");
  await page.context().close();
});

test("the classic page streams only once the 🎤 button is clicked", async () => {
  const { page, sent } = await openPage(pageRoot("classic"));
  assert.equal(await page.textContent("#status"), "Connected! Session: 01234567...");
  assert.equal(await page.isVisible("#voiceIndicator"), false);
  assert.ok(!sent.includes("audio_stream"), "no audio before the click");
  await page.click("#voiceBtn");
  await page.locator("#status", { hasText: '🎤 Listening for "Hey Jarvis"...' }).waitFor();
  await page.waitForFunction(() => window.__halChat?.readAll().some((v) => v.text.startsWith("👂")));
  assert.ok(sent.includes("audio_stream"));
  await page.context().close();
});

test("without a microphone the current page logs it, says so, and adds a system row", async () => {
  const { page, console: logged } = await openPage(pageRoot("current"), { microphone: false });
  await page.locator("#status", { hasText: "Failed to access microphone" }).waitFor();
  assert.ok(
    logged.some((line) => line.startsWith("[ERROR] Microphone access denied")),
    logged.join("\n"),
  );
  const views = await page.evaluate(() => window.__halChat?.readAll() ?? []);
  assert.equal(views.at(-1)?.from, "system");
  await page.context().close();
});

test("an error message shows as a system row and the status turns Ready; empty input sends nothing", async () => {
  const page = await open(pageRoot("classic"));
  const count = await page.evaluate(() => window.__halChat?.messages().length ?? 0);
  await page.fill("#textInput", "   ");
  await page.press("#textInput", "Enter");
  assert.equal(await page.evaluate(() => window.__halChat?.messages().length), count, "whitespace sends nothing");
  const views = await say(page, "break", count + 2);
  const error = views.find((v) => v.text.startsWith(HAL_PAGE.chat.errorPrefix));
  assert.equal(error?.text, "⚠️ Error: Unknown type: X");
  assert.equal(error?.from, "system");
  assert.equal(await page.textContent("#status"), "Ready");
  await page.context().close();
});

test("a page without kind classes is read by colour, then by side", async () => {
  const page = await browser.newPage();
  await page.setContent(`
    <div id="chat" style="display:flex;flex-direction:column;width:600px">
      <p style="align-self:flex-end;background:#667eea">blue right</p>
      <p style="align-self:flex-start"><span style="background:white">white left</span></p>
      <p style="align-self:flex-end;background:#cccccc">grey right</p>
      <p style="align-self:flex-start;background:#cccccc">grey left</p>
      <p style="align-self:center;background:#cccccc">grey middle</p>
    </div>`);
  await page.evaluate("globalThis.__name = (fn) => fn;");
  await page.evaluate(installChatDom, chatDomOptions(HAL_PAGE));
  const views = await page.evaluate(() => window.__halChat?.readAll() ?? []);
  const read = (text: string) => {
    const v = byText(views, text);
    return `${v?.from} by ${v?.fromBy}`;
  };
  assert.equal(read("blue right"), "user by colour");
  assert.equal(read("white left"), "hal by colour");
  assert.equal(byText(views, "white left")?.bubble, "span");
  assert.equal(read("grey right"), "user by side");
  assert.equal(read("grey left"), "hal by side");
  assert.equal(read("grey middle"), "system by side");
  await page.close();
});

test("HAL's reply is the next message from HAL: a wake word note, a transcription and an error row are not", async () => {
  const { page } = await openPage(pageRoot("classic"));
  const hal = await HalPage.create(page, HAL_PAGE, `${ORIGIN}/`);
  // The page object's observer is an init script: it records from the next document on.
  await page.reload();
  assert.ok(await hal.waitForStatus(HAL_PAGE.status.connectedPrefix, 5_000));
  const before = hal.timelines.bubbles.length;
  await page.fill("#textInput", "busy");
  await page.press("#textInput", "Enter");
  const reply = await hal.waitForReply({ bubblesBefore: before }, "busy", 5_000);
  assert.deepEqual(
    hal.timelines.bubbles.slice(before).map((b) => `${b.from}: ${b.text}`),
    [
      "user: busy",
      "system: 👂 Wake word detected! Listening...",
      "user: 🎤 what time is it",
      "system: ⚠️ Error: Transcription failed",
      `hal: ${REPLY}`,
    ],
  );
  assert.equal(reply?.text, REPLY);
  assert.deepEqual(
    hal.errorRows(before).map((b) => b.text),
    ["⚠️ Error: Transcription failed"],
  );
  await page.context().close();
});
