/**
 * HAL's page contract (HAL_SYSTEM.md): the selectors, status strings, console lines and
 * colours a person sees. Checks read these, never our reference page's internals, so a
 * deployment with another build of the page can override them through configuration.
 */
export interface PageContract {
  selectors: { status: string; input: string; send: string; chat: string; bubble: string };
  status: { connecting: string; connectedPrefix: string; disconnectedPrefix: string; thinking: string };
  console: { connected: string; disconnected: string; wsErrorPrefix: string };
  /** Computed background colours, as `rgb(r, g, b)`. */
  colours: { userBubble: string; halBubble: string; systemBubble: string };
  title: string;
}

export const HAL_PAGE: PageContract = {
  selectors: { status: "#status", input: "#textInput", send: "#sendBtn", chat: "#chat", bubble: "#chat > *" },
  status: {
    connecting: "Connecting...",
    connectedPrefix: "Connected!",
    disconnectedPrefix: "Disconnected",
    thinking: "HAL is thinking...",
  },
  console: { connected: "[OK] Connected to HAL", disconnected: "[INFO] Disconnected", wsErrorPrefix: "[ERROR] WebSocket error" },
  colours: { userBubble: "rgb(102, 126, 234)", halBubble: "rgb(255, 255, 255)", systemBubble: "rgb(255, 234, 167)" },
  title: "HAL Voice Assistant",
};
