/**
 * allure-playwright for `playwright merge-reports`: a merged run announces its projects after
 * onConfigure, and allure-playwright reads `config.projects[0]` there (its outputDir, used only
 * to match screenshot diffs). Given a stand-in project, it writes the merged results as usual.
 */
import type { FullConfig } from "@playwright/test/reporter";
import { AllureReporter } from "allure-playwright";

export default class AllureMergedReporter extends AllureReporter {
  override onConfigure(config: FullConfig): void {
    const projects = config.projects.length ? config.projects : [{ outputDir: "", snapshotDir: "" } as FullConfig["projects"][number]];
    super.onConfigure({ ...config, projects });
  }
}
