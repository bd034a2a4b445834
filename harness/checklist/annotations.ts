/**
 * Tests declare which checklist items they check with `checks("step6.test2.connected", ...)`:
 * an annotation per item, read by the checklist reporter and shown in the HTML report.
 */
import { allureAnnotations } from "../report/allure.ts";

export const CHECKLIST_ANNOTATION = "checklist";

export function checks(...ids: string[]): { type: string; description: string }[] {
  return [...ids.map((id) => ({ type: CHECKLIST_ANNOTATION, description: id })), ...allureAnnotations(ids)];
}
