/**
 * The two generations of HAL's page deployed in the wild (HAL_SYSTEM.md): `current` asks for
 * the microphone as soon as it connects and streams it; `classic`, the older text-first client,
 * only when its 🎤 button is clicked. Each is a directory the static server can serve.
 */
import { fileURLToPath } from "node:url";

export const PAGE_GENERATIONS = ["current", "classic"] as const;
export type PageGeneration = (typeof PAGE_GENERATIONS)[number];
export const DEFAULT_PAGE_GENERATION: PageGeneration = "current";

/** The directory holding `generation`'s index.html and client.js. */
export function pageRoot(generation: PageGeneration = DEFAULT_PAGE_GENERATION): string {
  return fileURLToPath(new URL(`./${generation}`, import.meta.url));
}
