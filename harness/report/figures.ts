/**
 * Figures: the measured data behind a chart, as structured JSON rather than strings. A test
 * attaches one with `attachFigure`; the checklist reporter collects every attachment of
 * FIGURE_CONTENT_TYPE and draws it on reports/checklist.html, and the same chart is attached
 * as SVG so the Playwright HTML report and Allure show it next to the test. The figures' types
 * live in figure-types.ts, what builds them in figure-data.ts.
 */
import type { TestInfo } from "@playwright/test";
import type { Figure } from "./figure-types.ts";

export { connectionFigure, latencyFigure, sizesFigure, soakFigure, watchOneMoreCycle } from "./figure-data.ts";

/** The one content type the reporter recognises as a figure (JSON body). */
export const FIGURE_CONTENT_TYPE = "application/vnd.hal-e2e.figure+json";

/** File-name-safe slug of a figure title. */
export const figureSlug = (f: Figure) =>
  f.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Attaches `figure` as JSON (for the checklist page) and as SVG (for the Playwright and Allure
 * reports). Drawing is evidence, not a check: a chart that cannot be drawn is reported in an
 * attachment and never changes the test's outcome.
 */
export async function attachFigure(testInfo: TestInfo, figure: Figure): Promise<void> {
  await testInfo.attach(`figure data: ${figure.title}`, { body: JSON.stringify(figure), contentType: FIGURE_CONTENT_TYPE });
  try {
    const { renderSvg } = await import("./svg.ts");
    await testInfo.attach(`${figureSlug(figure)}.svg`, { body: await renderSvg(figure), contentType: "image/svg+xml" });
  } catch (err) {
    await testInfo.attach(`chart not drawn: ${figure.title}`, { body: String(err), contentType: "text/plain" });
  }
}

/** Reads back the figures attached to a test result (reporter side). */
export function figuresOf(attachments: readonly { contentType: string; body?: Buffer }[]): Figure[] {
  return attachments
    .filter((a) => a.contentType === FIGURE_CONTENT_TYPE && a.body)
    .map((a) => JSON.parse((a.body as Buffer).toString("utf8")) as Figure);
}
