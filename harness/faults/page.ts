/**
 * Broken builds of the HAL page the suite must catch, each a checked patch of one generation of
 * the reference page (page-build.ts), served by the static server instead of the reference page.
 */
import { defineFaults } from "./define.ts";
import { except, LOGS, NO_MESSAGE_LINES, TEST1, TEST2, TEST2_CONNECTED } from "./groups.ts";
import { DROP } from "./page-build.ts";
import { replace } from "./patch.ts";

export const PAGE_FAULTS = defineFaults("page", {
  "page-console-error": {
    description: "the page logs a console error on every load; the WebSocket works",
    // A failed asset, as a broken build would log it.
    build: {
      generation: "current",
      patches: { "client.js": replace("(() => {\n", '(() => {\n  console.error("[ERROR] Failed to load wake word model: HTTP 404");\n') },
    },
    red: ["pdv.no-console-errors", "step6.test4.no-errors"],
    // Step 7's "the WebSocket stays open" includes the console: its own check sees the error.
    collateral: ["step7.browser.ws-open"],
    layer: "page",
    green: [...TEST2, ...except(LOGS, "step7.browser.ws-open", "pdv.no-console-errors")],
    unverified: NO_MESSAGE_LINES,
  },
  "page-reconnect-loop": {
    description: "the page drops its socket a second after connecting and reconnects: the connect/disconnect loop",
    // The client closes its socket a second after the gateway greets it, and reconnects 3 s later.
    build: {
      generation: "current",
      patches: {
        "client.js": replace(
          "sessionId = data.session_id;\n",
          "sessionId = data.session_id;\n        setTimeout(() => ws.close(), 1000);\n",
        ),
      },
    },
    red: ["step6.test2.not-disconnected", "step7.browser.ws-open", "pdv.status-connected"],
    // Their own checks: messages typed while the socket is down are lost, and the drops may
    // show in the console; whether a conversation hits a drop depends on timing.
    collateral: ["pdv.no-console-errors", "pdv.text-input", "pdv.ten-messages"],
    layer: "page",
    green: [...except(TEST2, "step6.test2.not-disconnected"), ...except(LOGS, "step7.browser.ws-open", "pdv.no-console-errors")],
    unverified: NO_MESSAGE_LINES,
  },
  "page-slow-render": {
    description: "the page blocks its main thread for 700 ms whenever a reply arrives: the UI lags, the answers still come",
    build: {
      generation: "current",
      patches: {
        "client.js": replace(
          'addMessage("hal", data.text);\n',
          'addMessage("hal", data.text);\n        for (const end = performance.now() + 700; performance.now() < end; );\n',
        ),
      },
    },
    red: ["pdv.no-ui-lag"],
    layer: "page",
    green: [],
  },
  "page-no-client-script": {
    description: "index.html is served but client.js is missing (404): the page never connects",
    build: { generation: "current", patches: { "client.js": DROP } },
    // A page is reachable when all of it loads: client.js answers 404, through the proxy and from
    // the static server, so reachability is red (the page's layer) and the preflight blocks Test 2.
    red: ["pdv.page-reachable", ...TEST2],
    layer: "page",
    green: [...TEST1, "pdv.no-ssl-errors"],
  },
  "page-user-bubble-left": {
    description: "a classic build whose user bubbles sit on the left: your message does not appear on the right",
    // The user's row no longer justifies to the end.
    build: {
      generation: "classic",
      patches: { "index.html": replace(".message.user { justify-content: flex-end; }", ".message.user { justify-content: flex-start; }") },
    },
    red: ["step6.test3.user-bubble"],
    layer: "page",
    green: ["step6.test3.reply-3s"],
  },
  "page-user-bubble-grey": {
    description: "a current build whose user bubbles are grey: your message is not on a blue bubble",
    build: {
      generation: "current",
      patches: {
        "index.html": replace(
          ".message.user .message-content { background: #667eea; color: white; }",
          ".message.user .message-content { background: #e0e0e0; color: #333; }",
        ),
      },
    },
    red: ["step6.test3.user-bubble"],
    layer: "page",
    green: ["step6.test3.reply-3s"],
  },
  "page-input-not-sent": {
    description: "a build whose send handler reads the wrong field: nothing typed is ever sent",
    // The field it reads is always empty: typing and pressing Enter or Send sends nothing.
    build: {
      generation: "current",
      patches: {
        "client.js": replace(
          "    const text = inputEl.value.trim();\n",
          '    const text = (document.getElementById("search")?.value ?? "").trim();\n',
        ),
      },
    },
    red: ["pdv.text-input", "pdv.ten-messages", "step6.test3.send-enter", "step6.test3.send-button"],
    // Their own checks: no message of yours, so no bubble of yours and no reply to place or time.
    collateral: ["step6.test3.reply-3s", "step6.test3.user-bubble", "step6.test3.hal-bubble"],
    layer: "page",
    green: ["pdv.status-connected", ...TEST2],
  },
  "page-other-site": {
    description: "hal2_http points at a server that serves another site (Apache's default page): 200, but no HAL",
    build: {
      generation: "current",
      patches: {
        "index.html": () =>
          [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8"><title>Apache2 Debian Default Page: It works</title></head>',
            "<body><h1>Apache2 Debian Default Page</h1><p>It works!</p>",
            "<p>This is the default welcome page used to test the correct operation of the Apache2 server after installation.</p>",
            "</body></html>",
            "",
          ].join("\n"),
        "client.js": DROP,
      },
    },
    red: ["pdv.page-reachable", "step6.test2.connecting", ...except(TEST2_CONNECTED, "step6.test2.no-ws-errors")],
    layer: "page",
    // No WebSocket at all: none to report errors about.
    green: [...TEST1, "pdv.no-ssl-errors", "step6.test2.no-ws-errors"],
  },
});
