/**
 * Healthy builds of the HAL page with another DOM, that look the same to a person and must pass:
 * a check that only passes on our own DOM failed a correct deployment once. Checked patches of
 * the current generation (page-build.ts).
 */
import { defineFaults } from "./define.ts";
import { TEST2, TEST3, TEST4 } from "./groups.ts";
import { all } from "./page-build.ts";
import { replace } from "./patch.ts";

// The reference page's anchors, shared by the builds below.
const ADD_MESSAGE_BODY = `    content.textContent = text;
    row.appendChild(content);
`;
const BUBBLE_CSS = / {4}\.message \{ display: flex; margin-bottom: 15px; \}[\s\S]*?\n {4}\.message\.system \.message-content \{[^}]*\}\n/;
const WELCOME_BUBBLE = /<div class="message-content">([^<]*)<\/div>/;

export const PAGE_LOOKALIKE_FAULTS = defineFaults("page", {
  "page-rows-carry-colour": {
    description: "a healthy build whose rows are themselves the coloured bubbles (no .message-content): it looks the same and must pass",
    // Placed by align-self, like an older simplified page.
    build: {
      generation: "current",
      patches: {
        "index.html": all(
          replace(
            BUBBLE_CSS,
            `    .message { max-width: 70%; margin-bottom: 15px; padding: 12px 16px; border-radius: 18px; word-wrap: break-word; }
    .message.user { align-self: flex-end; background: #667eea; color: white; }
    .message.hal { align-self: flex-start; background: white; color: #333; box-shadow: 0 2px 5px rgba(0, 0, 0, 0.1); }
    .message.system { align-self: stretch; max-width: 100%; background: #ffeaa7; color: #333; text-align: center; font-size: 14px; }
`,
          ),
          replace(WELCOME_BUBBLE, "$1"),
        ),
        "client.js": replace(
          `    const content = document.createElement("div");
    content.className = "message-content";
${ADD_MESSAGE_BODY}`,
          "    row.textContent = text;\n",
        ),
      },
    },
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...TEST2, ...TEST3, ...TEST4],
  },
  "page-extra-wrapper": {
    description: "a healthy build with one more wrapper div between each row and its bubble: it looks the same and must pass",
    // And the text in a span inside the bubble: one level deeper.
    build: {
      generation: "current",
      patches: {
        "index.html": all(
          replace(
            ".message.user { justify-content: flex-end; }\n",
            `.message.user { justify-content: flex-end; }
    .message-wrapper { display: flex; flex: 1; }
    .message.user .message-wrapper { justify-content: flex-end; }
`,
          ),
          replace(
            WELCOME_BUBBLE,
            '<div class="message-wrapper"><div class="message-content"><span class="message-text">$1</span></div></div>',
          ),
        ),
        "client.js": replace(
          ADD_MESSAGE_BODY,
          `    const textEl = document.createElement("span");
    textEl.className = "message-text";
    textEl.textContent = text;
    content.appendChild(textEl);
    const wrapper = document.createElement("div");
    wrapper.className = "message-wrapper";
    wrapper.appendChild(content);
    row.appendChild(wrapper);
`,
        ),
      },
    },
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...TEST2, ...TEST3, ...TEST4],
  },
});
