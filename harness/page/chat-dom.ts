/**
 * Reads HAL's chat as a person sees it, from inside the page (STYLE.md 13). A *message* is one
 * element of the chat: HAL_SELECTOR_BUBBLE where set, else the chat's `.message` rows where
 * the page has them, else the chat's children. Its *bubble* is what carries its colour: the
 * message itself or the first visible descendant with a non-transparent background (the real
 * page colours `div.message-content` inside a full-width row; an older build colours the row).
 * Side and colour are measured on the bubble, relative to the chat area. Who a message is from
 * is read from its kind class where the page marks it, else from the contract's colours, else
 * from its side, and every view says which of these decided.
 *
 * `installChatDom` runs in the page (an init script, before the page's own scripts) and must
 * be self-contained: Playwright serialises it. It defines `window.__halChat`.
 */
import type { MessageKind, PageContract } from "./contract.ts";

export type Sender = MessageKind | "unknown";

export interface ChatDomOptions {
  chat: string;
  message?: string;
  rowClass: string;
  kindClasses: Record<MessageKind, string>;
  colours: Record<MessageKind, string>;
}

export interface MessageView {
  /** Position among the messages of its document. */
  index: number;
  text: string;
  from: Sender;
  /** What told who it is from. */
  fromBy: "class" | "colour" | "side";
  /** The element measured, as `tag#id.class…`: the message itself or the descendant carrying its colour. */
  bubble: string;
  /** The bubble's computed background colour. */
  background: string;
  /** Horizontal centre of the bubble relative to the chat area: 0 = left edge, 1 = right edge. */
  position: number;
}

export interface ChatDom {
  messages(): Element[];
  view(message: Element, index: number): MessageView;
  read(index: number): MessageView | undefined;
  readAll(): MessageView[];
}

declare global {
  interface Window {
    __halChat?: ChatDom;
  }
}

export function chatDomOptions(contract: PageContract): ChatDomOptions {
  const { selectors, chat, colours } = contract;
  return {
    chat: selectors.chat,
    message: selectors.message,
    rowClass: chat.rowClass,
    kindClasses: chat.kindClasses,
    colours: { user: colours.userBubble, hal: colours.halBubble, system: colours.systemBubble },
  };
}

/** Runs in the page: defines window.__halChat. Self-contained. */
export function installChatDom(opts: ChatDomOptions): void {
  const kinds = ["user", "hal", "system"] as const;
  const transparent = (colour: string) => colour === "transparent" || /^rgba\([^)]*,\s*0(\.0+)?\)$/.test(colour);
  const visible = (el: Element) => el.getClientRects().length > 0;
  const hasBackground = (el: Element) => visible(el) && !transparent(getComputedStyle(el).backgroundColor);
  const nameOf = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${Array.from(el.classList, (c) => `.${c}`).join("")}`;

  const chatArea = () => document.querySelector(opts.chat);
  const messages = (): Element[] => {
    if (opts.message) return Array.from(document.querySelectorAll(opts.message));
    const chat = chatArea();
    if (!chat) return [];
    const rowSelector = `.${CSS.escape(opts.rowClass)}`;
    // Top-level rows only: a row's own parts never count as messages.
    const rows = Array.from(chat.querySelectorAll(rowSelector)).filter((el) => !el.parentElement?.closest(rowSelector));
    return rows.length ? rows : Array.from(chat.children);
  };
  const bubbleOf = (message: Element): Element => {
    if (hasBackground(message)) return message;
    return Array.from(message.querySelectorAll("*")).find(hasBackground) ?? message;
  };
  const view = (message: Element, index: number) => {
    const bubble = bubbleOf(message);
    const background = getComputedStyle(bubble).backgroundColor;
    const area = (chatArea() ?? document.documentElement).getBoundingClientRect();
    const box = bubble.getBoundingClientRect();
    const position = area.width > 0 ? (box.left + box.width / 2 - area.left) / area.width : Number.NaN;
    const byClass = kinds.find((k) => message.classList.contains(opts.kindClasses[k]) || bubble.classList.contains(opts.kindClasses[k]));
    const byColour = kinds.find((k) => opts.colours[k] === background);
    // Without a class or a known colour: right of centre is the user's, left is HAL's, the middle a note.
    const bySide = Number.isNaN(position) ? "unknown" : position > 0.6 ? "user" : position < 0.4 ? "hal" : "system";
    return {
      index,
      text: (message.textContent ?? "").trim(),
      from: byClass ?? byColour ?? bySide,
      fromBy: byClass ? "class" : byColour ? "colour" : "side",
      bubble: nameOf(bubble),
      background,
      position,
    } satisfies MessageView;
  };
  const read = (index: number) => {
    const message = messages()[index];
    return message ? view(message, index) : undefined;
  };
  window.__halChat = { messages, view, read, readAll: () => messages().map(view) };
}
