/**
 * Draws a figure as SVG in Node: Vega-Lite compiles the chart, Vega renders it headless (the
 * `none` renderer; no browser, no native canvas). The SVG is labelled for screen readers with
 * the figure's title; its numbers are in the text next to it on the page.
 */
import { chartSpec } from "./charts.ts";
import type { Figure } from "./figure-types.ts";

const escapeAttr = (s: string) => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

/**
 * Vega and Vega-Lite load on the first chart (about a second): a run without figures — most of
 * the self-test's — never pays for them.
 */
export async function renderSvg(figure: Figure): Promise<string> {
  const [{ parse, View }, { compile }] = await Promise.all([import("vega"), import("vega-lite")]);
  const view = new View(parse(compile(chartSpec(figure)).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return svg.replace("<svg ", `<svg role="img" aria-label="${escapeAttr(figure.title)}" `);
  } finally {
    view.finalize();
  }
}
