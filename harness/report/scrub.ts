/**
 * The first reporter of every run: before any other reporter sees a finished test (the HTML
 * report copies its attachments at the end of the run, Allure and JUnit when each test ends),
 * it removes the run's secrets from everything the test left: error messages, annotations,
 * stdout/stderr, text attachments and files, and Playwright traces. A trace records every
 * request's headers (the `Authorization: Basic …` Chromium sends after a challenge, cookies)
 * and the context's options (httpCredentials), so a trace zip is rewritten: secret-bearing
 * headers and cookies lose their values, and every known secret is masked in every entry.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Reporter, TestCase, TestResult, TestStep } from "@playwright/test/reporter";
import { type Secrets, secretsOfConfig } from "../config/secrets.ts";
import { loadConfig } from "../config/suite-config.ts";
import { scrubTrace } from "./scrub-trace.ts";

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export class Scrubber {
  constructor(readonly secrets: Secrets) {}

  text(value: string): string {
    return this.secrets.mask(value);
  }

  /** An attachment file, rewritten in place when it held a secret. */
  file(path: string, contentType: string): void {
    const before = readFileSync(path);
    let after: Buffer | undefined;
    if (contentType === "application/zip" || path.endsWith(".zip")) after = scrubTrace(before, this.secrets);
    else if (TEXT_TYPES.test(contentType)) {
      const text = before.toString("utf8");
      const masked = this.text(text);
      if (masked !== text) after = Buffer.from(masked, "utf8");
    } else after = this.secrets.maskBytes(before);
    if (after) writeFileSync(path, after);
  }

  result(result: TestResult): void {
    for (const e of [...result.errors, ...(result.error ? [result.error] : [])]) {
      if (e.message) e.message = this.text(e.message);
      if (e.stack) e.stack = this.text(e.stack);
      if (e.value) e.value = this.text(e.value);
      if (e.snippet) e.snippet = this.text(e.snippet);
    }
    for (const a of result.annotations) if (a.description) a.description = this.text(a.description);
    const scrubChunk = (c: string | Buffer) => (typeof c === "string" ? this.text(c) : Buffer.from(this.text(c.toString("utf8"))));
    result.stdout.splice(0, result.stdout.length, ...result.stdout.map(scrubChunk));
    result.stderr.splice(0, result.stderr.length, ...result.stderr.map(scrubChunk));
    for (const a of result.attachments) {
      if (a.body)
        a.body = TEXT_TYPES.test(a.contentType)
          ? Buffer.from(this.text(a.body.toString("utf8")))
          : (this.secrets.maskBytes(a.body) ?? a.body);
      else if (a.path) this.file(a.path, a.contentType);
    }
    for (const step of result.steps) this.step(step);
  }

  step(step: TestStep): void {
    if (step.error?.message) step.error.message = this.text(step.error.message);
    if (step.error?.stack) step.error.stack = this.text(step.error.stack);
    for (const s of step.steps) this.step(s);
  }
}

export default class ScrubReporter implements Reporter {
  readonly #scrubber = new Scrubber(secretsOfConfig(loadConfig()));

  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const a of test.annotations) if (a.description) a.description = this.#scrubber.text(a.description);
    this.#scrubber.result(result);
  }
}
