/**
 * A deployment with another build of HAL's page can override the expected strings and
 * selectors, one variable per item; every unset one keeps HAL's value (contract.ts).
 */
import { HAL_PAGE, type PageContract } from "./contract.ts";

export const CONTRACT_VARIABLES = {
  HAL_EXPECT_TITLE: ["title"],
  HAL_EXPECT_STATUS_CONNECTING: ["status", "connecting"],
  HAL_EXPECT_STATUS_CONNECTED_PREFIX: ["status", "connectedPrefix"],
  HAL_EXPECT_STATUS_DISCONNECTED_PREFIX: ["status", "disconnectedPrefix"],
  HAL_EXPECT_STATUS_THINKING: ["status", "thinking"],
  HAL_EXPECT_CONSOLE_CONNECTED: ["console", "connected"],
  HAL_EXPECT_CONSOLE_DISCONNECTED: ["console", "disconnected"],
  HAL_EXPECT_CONSOLE_WS_ERROR_PREFIX: ["console", "wsErrorPrefix"],
  HAL_EXPECT_CHAT_ERROR_PREFIX: ["chat", "errorPrefix"],
  HAL_SELECTOR_STATUS: ["selectors", "status"],
  HAL_SELECTOR_INPUT: ["selectors", "input"],
  HAL_SELECTOR_SEND: ["selectors", "send"],
  HAL_SELECTOR_CHAT: ["selectors", "chat"],
  /** One message (row) of the chat; its bubble is found inside it (chat-dom.ts). */
  HAL_SELECTOR_BUBBLE: ["selectors", "message"],
} as const;

export type ContractVariable = keyof typeof CONTRACT_VARIABLES;

export function pageContractFrom(values: Partial<Record<ContractVariable, string | undefined>>): PageContract {
  const contract = structuredClone(HAL_PAGE) as unknown as Record<string, unknown>;
  for (const [name, path] of Object.entries(CONTRACT_VARIABLES) as [ContractVariable, readonly string[]][]) {
    const value = values[name];
    if (value === undefined) continue;
    const [first, second] = path as [string, string | undefined];
    if (second === undefined) contract[first] = value;
    else (contract[first] as Record<string, string>)[second] = value;
  }
  return contract as unknown as PageContract;
}
