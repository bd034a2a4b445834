// Allure 3 configuration for `npm run report:allure`: the report's tree is the checklist, grouped
// by step (epic) and item (story), as labelled by harness/report/allure.ts. The checklist page
// and the self-test table are global attachments of the run (harness/report/allure-globals.ts).
// One self-contained file, opened from disk: render it with harness/report/allure-render.ts,
// which also cuts the template's analytics script.
export default {
  name: "HAL deployment checklist",
  plugins: {
    awesome: {
      options: { reportName: "HAL deployment checklist", groupBy: ["epic", "story"], singleFile: true },
    },
  },
};
