/**
 * HAL's page contract (HAL_SYSTEM.md): the selectors, status strings, console lines, chat
 * markers and colours a person sees. Checks read these, never our reference page's internals,
 * so a deployment with another build of the page can override them through configuration.
 */
export type MessageKind = "user" | "hal" | "system";

export interface PageContract {
  selectors: {
    status: string;
    input: string;
    send: string;
    chat: string;
    /** What one message is (HAL_SELECTOR_BUBBLE). Unset: the chat's rows (`chat.rowClass`) where it has them, else its children. */
    message?: string;
  };
  status: { connecting: string; connectedPrefix: string; disconnectedPrefix: string; thinking: string };
  console: { connected: string; disconnected: string; wsErrorPrefix: string };
  chat: {
    /** The class of a message row (`div.message.<kind>`). */
    rowClass: string;
    /** The class that says who a message is from, where the page marks it. */
    kindClasses: Record<MessageKind, string>;
    /** How an `error` message from the gateway shows in the chat (a system row). */
    errorPrefix: string;
  };
  /** Computed background colours of the bubbles, as `rgb(r, g, b)`. */
  colours: { userBubble: string; halBubble: string; systemBubble: string };
  title: string;
}

export const HAL_PAGE: PageContract = {
  selectors: { status: "#status", input: "#textInput", send: "#sendBtn", chat: "#chat" },
  status: {
    connecting: "Connecting...",
    connectedPrefix: "Connected!",
    disconnectedPrefix: "Disconnected",
    thinking: "HAL is thinking...",
  },
  console: { connected: "[OK] Connected to HAL", disconnected: "[INFO] Disconnected", wsErrorPrefix: "[ERROR] WebSocket error" },
  chat: { rowClass: "message", kindClasses: { user: "user", hal: "hal", system: "system" }, errorPrefix: "⚠️ Error:" },
  colours: { userBubble: "rgb(102, 126, 234)", halBubble: "rgb(255, 255, 255)", systemBubble: "rgb(255, 234, 167)" },
  title: "HAL Voice Assistant",
};
