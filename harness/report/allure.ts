/**
 * The checklist in Allure: every test carries, per checklist item it checks, an `epic` label
 * (the checklist step) and a `story` label (the item), as allure-playwright reads them from
 * test annotations (`@allure.label.<name>`). Grouped by epic and story (allurerc.mjs), Allure's
 * tree is the checklist.
 */
import { CHECKLIST } from "../checklist/items.ts";

/** Allure's story for a checklist item: its words, then its id (stable across rewording). */
export const allureStory = (item: { id: string; text: string }) => `${item.text} [${item.id}]`;

export function allureAnnotations(ids: string[]): { type: string; description: string }[] {
  return ids.flatMap((id) => {
    const item = CHECKLIST.find((i) => i.id === id);
    // An unknown id is reported by the checklist reporter (and fails the run); nothing to label.
    if (!item) return [];
    return [
      { type: "@allure.label.epic", description: item.section },
      { type: "@allure.label.story", description: allureStory(item) },
    ];
  });
}
