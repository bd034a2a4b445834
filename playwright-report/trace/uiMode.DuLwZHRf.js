const __vite__mapDeps = (
  i,
  m = __vite__mapDeps,
  d = m.f || (m.f = ["./assets/xtermModule-Cv6bi7od.js", "./assets/rolldown-runtime-QTnfLwEv.js", "./xtermModule.kHJ-D0s7.css"]),
) => i.map((i) => d[i]);

import { r as e } from "./assets/rolldown-runtime-QTnfLwEv.js";
import "./assets/urlMatch-Cgl6axSs.js";
import {
  n as _,
  T as a,
  t as b,
  w as C,
  b as c,
  f as d,
  g as f,
  m as g,
  l as h,
  S as i,
  c as l,
  i as m,
  D as n,
  _ as o,
  h as p,
  E as r,
  v as S,
  a as s,
  y as T,
  C as t,
  d as u,
  p as v,
  x as w,
  u as x,
  r as y,
} from "./assets/defaultSettingsView-BQT9Z6FV.js";
var E = e(n()),
  D = e(S(), 1),
  O = class {
    constructor(e, t = {}) {
      (this.isListing = !1), (this._tests = new Map()), (this._rootSuite = new k(``, `root`)), (this._options = t), (this._reporter = e);
    }
    reset() {
      (this._rootSuite._entries = []), this._tests.clear();
    }
    dispatch(e) {
      const { method: t, params: n } = e;
      if (t === `onConfigure`) {
        this._onConfigure(n.config);
        return;
      }
      if (t === `onProject`) {
        this._onProject(n.project);
        return;
      }
      if (t === `onBegin`) {
        this._onBegin();
        return;
      }
      if (t === `onTestBegin`) {
        this._onTestBegin(n.testId, n.result);
        return;
      }
      if (t === `onTestEnd`) {
        this._onTestEnd(n.test, n.result);
        return;
      }
      if (t === `onStepBegin`) {
        this._onStepBegin(n.testId, n.resultId, n.step);
        return;
      }
      if (t === `onAttach`) {
        this._onAttach(n.testId, n.resultId, n.attachments);
        return;
      }
      if (t === `onStepEnd`) {
        this._onStepEnd(n.testId, n.resultId, n.step);
        return;
      }
      if (t === `onError`) {
        this._onError(n.error, n.workerInfo);
        return;
      }
      if (t === `onStdIO`) {
        this._onStdIO(n.type, n.testId, n.resultId, n.data, n.isBase64);
        return;
      }
      if (t === `onEnd`) return this._onEnd(n.result);
      if (t === `onExit`) return this._onExit();
    }
    _onConfigure(e) {
      (this._rootDir = e.rootDir), (this._config = this._parseConfig(e)), this._reporter.onConfigure?.(this._config);
    }
    _onProject(e) {
      let t = this._options.mergeProjects ? this._rootSuite.suites.find((t) => t.project().name === e.name) : void 0;
      t || ((t = new k(e.name, `project`)), this._rootSuite._addSuite(t));
      const n = this._parseProject(e);
      t._project = n;
      let r = -1;
      this._options.mergeProjects && (r = this._config.projects.findIndex((t) => t.name === e.name)),
        r === -1 ? this._config.projects.push(n) : (this._config.projects[r] = n);
      for (const n of e.suites) this._mergeSuiteInto(n, t);
    }
    _onBegin() {
      this._reporter.onBegin?.(this._rootSuite);
    }
    _onTestBegin(e, t) {
      const n = this._tests.get(e);
      this._options.clearPreviousResultsWhenTestBegins && (n.results = []);
      const r = n._createTestResult(t.id);
      (r.retry = t.retry),
        (r.workerIndex = t.workerIndex),
        (r.parallelIndex = t.parallelIndex),
        r.setStartTimeNumber(t.startTime),
        this._reporter.onTestBegin?.(n, r);
    }
    _onTestEnd(e, t) {
      const n = this._tests.get(e.testId);
      (n.timeout = e.timeout), (n.expectedStatus = e.expectedStatus);
      const r = n.results.find((e) => e._id === t.id);
      (r.duration = t.duration),
        (r.status = t.status),
        r.errors.push(...(t.errors ?? [])),
        (r.error = r.errors[0]),
        t.attachments && (r.attachments = this._parseAttachments(t.attachments)),
        t.annotations &&
          (this._absoluteAnnotationLocationsInplace(t.annotations), (r.annotations = t.annotations), (n.annotations = t.annotations)),
        this._reporter.onTestEnd?.(n, r),
        (r._stepMap = new Map());
    }
    _onStepBegin(e, t, n) {
      const r = this._tests.get(e),
        i = r.results.find((e) => e._id === t),
        a = n.parentStepId ? i._stepMap.get(n.parentStepId) : void 0,
        o = new ee(n, a, this._absoluteLocation(n.location), i);
      a ? a.steps.push(o) : i.steps.push(o), i._stepMap.set(n.id, o), this._reporter.onStepBegin?.(r, i, o);
    }
    _onStepEnd(e, t, n) {
      const r = this._tests.get(e),
        i = r.results.find((e) => e._id === t),
        a = i._stepMap.get(n.id);
      (a._endPayload = n), (a.duration = n.duration), (a.error = n.error), this._reporter.onStepEnd?.(r, i, a);
    }
    _onAttach(e, t, n) {
      this._tests
        .get(e)
        .results.find((e) => e._id === t)
        .attachments.push(
          ...n.map((e) => ({
            name: e.name,
            contentType: e.contentType,
            path: e.path,
            body: e.base64 && globalThis.Buffer ? Buffer.from(e.base64, `base64`) : void 0,
          })),
        );
    }
    _onError(e, t) {
      let n;
      if (t) {
        const e = this._config.projects.find((e) => e.name === t.projectName);
        e && (n = { workerIndex: t.workerIndex, parallelIndex: t.parallelIndex, config: this._config, project: e });
      }
      this._reporter.onError?.(e, n);
    }
    _onStdIO(e, t, n, r, i) {
      const a = i ? (globalThis.Buffer ? Buffer.from(r, `base64`) : atob(r)) : r,
        o = t ? this._tests.get(t) : void 0,
        s = o && n ? o.results.find((e) => e._id === n) : void 0;
      e === `stdout` ? (s?.stdout.push(a), this._reporter.onStdOut?.(a, o, s)) : (s?.stderr.push(a), this._reporter.onStdErr?.(a, o, s));
    }
    async _onEnd(e) {
      await this._reporter.onEnd?.(F(e));
    }
    _onExit() {
      return this._reporter.onExit?.();
    }
    _parseConfig(e) {
      const t = I(e);
      return (
        this._options.configOverrides &&
          ((t.configFile = this._options.configOverrides.configFile),
          (t.reportSlowTests = this._options.configOverrides.reportSlowTests),
          (t.quiet = this._options.configOverrides.quiet),
          (t.reporter = [...this._options.configOverrides.reporter])),
        t
      );
    }
    _parseProject(e) {
      return {
        metadata: e.metadata,
        name: e.name,
        outputDir: this._absolutePath(e.outputDir),
        repeatEach: e.repeatEach,
        retries: e.retries,
        testDir: this._absolutePath(e.testDir),
        testIgnore: N(e.testIgnore),
        testMatch: N(e.testMatch),
        timeout: e.timeout,
        grep: N(e.grep),
        grepInvert: N(e.grepInvert),
        dependencies: e.dependencies,
        teardown: e.teardown,
        snapshotDir: this._absolutePath(e.snapshotDir),
        ignoreSnapshots: e.ignoreSnapshots ?? !1,
        use: e.use,
      };
    }
    _parseAttachments(e) {
      return e.map((e) => ({ ...e, body: e.base64 && globalThis.Buffer ? Buffer.from(e.base64, `base64`) : void 0 }));
    }
    _mergeSuiteInto(e, t) {
      let n = t.suites.find((t) => t.title === e.title);
      n || ((n = new k(e.title, t.type === `project` ? `file` : `describe`)), t._addSuite(n)),
        (n.location = this._absoluteLocation(e.location)),
        e.entries.forEach((e) => {
          `testId` in e ? this._mergeTestInto(e, n) : this._mergeSuiteInto(e, n);
        });
    }
    _mergeTestInto(e, t) {
      let n = this._options.mergeTestCases ? t.tests.find((t) => t.title === e.title && t.repeatEachIndex === e.repeatEachIndex) : void 0;
      n || ((n = new A(e.testId, e.title, this._absoluteLocation(e.location), e.repeatEachIndex)), t._addTest(n), this._tests.set(n.id, n)),
        this._updateTest(e, n);
    }
    _updateTest(e, t) {
      return (
        (t.id = e.testId),
        (t.location = this._absoluteLocation(e.location)),
        (t.retries = e.retries),
        (t.tags = e.tags ?? []),
        (t.annotations = e.annotations ?? []),
        this._absoluteAnnotationLocationsInplace(t.annotations),
        t
      );
    }
    _absoluteAnnotationLocationsInplace(e) {
      for (const t of e) t.location &&= this._absoluteLocation(t.location);
    }
    _absoluteLocation(e) {
      return e && { ...e, file: this._absolutePath(e.file) };
    }
    _absolutePath(e) {
      if (e !== void 0) return this._options.resolvePath ? this._options.resolvePath(this._rootDir, e) : this._rootDir + `/` + e;
    }
  },
  k = class {
    constructor(e, t) {
      (this._entries = []), (this._requireFile = ``), (this._parallelMode = `none`), (this.title = e), (this._type = t);
    }
    get type() {
      return this._type;
    }
    get suites() {
      return this._entries.filter((e) => e.type !== `test`);
    }
    get tests() {
      return this._entries.filter((e) => e.type === `test`);
    }
    entries() {
      return this._entries;
    }
    allTests() {
      const e = [],
        t = (n) => {
          for (const r of n.entries()) r.type === `test` ? e.push(r) : t(r);
        };
      return (t(this), e);
    }
    titlePath() {
      const e = this.parent ? this.parent.titlePath() : [];
      return ((this.title || this._type !== `describe`) && e.push(this.title), e);
    }
    project() {
      return this._project ?? this.parent?.project();
    }
    _addTest(e) {
      (e.parent = this), this._entries.push(e);
    }
    _addSuite(e) {
      (e.parent = this), this._entries.push(e);
    }
    skip(e) {
      throw Error(`Disposition methods are not supported on a TeleSuite (read-only).`);
    }
    fixme(e) {
      throw Error(`Disposition methods are not supported on a TeleSuite (read-only).`);
    }
    fail(e) {
      throw Error(`Disposition methods are not supported on a TeleSuite (read-only).`);
    }
    exclude() {
      throw Error(`Disposition methods are not supported on a TeleSuite (read-only).`);
    }
  },
  A = class {
    constructor(e, t, n, r) {
      (this.fn = () => {}),
        (this.results = []),
        (this.type = `test`),
        (this.expectedStatus = `passed`),
        (this.timeout = 0),
        (this.annotations = []),
        (this.retries = 0),
        (this.tags = []),
        (this.repeatEachIndex = 0),
        (this.id = e),
        (this.title = t),
        (this.location = n),
        (this.repeatEachIndex = r);
    }
    titlePath() {
      const e = this.parent ? this.parent.titlePath() : [];
      return (e.push(this.title), e);
    }
    outcome() {
      return P(this);
    }
    ok() {
      const e = this.outcome();
      return e === `expected` || e === `flaky` || e === `skipped`;
    }
    _createTestResult(e) {
      const t = new j(this.results.length, e);
      return (this.results.push(t), t);
    }
    skip(e) {
      throw Error(`Disposition methods are not supported on a TeleTestCase (read-only).`);
    }
    fixme(e) {
      throw Error(`Disposition methods are not supported on a TeleTestCase (read-only).`);
    }
    fail(e) {
      throw Error(`Disposition methods are not supported on a TeleTestCase (read-only).`);
    }
    exclude() {
      throw Error(`Disposition methods are not supported on a TeleTestCase (read-only).`);
    }
  },
  ee = class {
    constructor(e, t, n, r) {
      (this.duration = -1),
        (this.steps = []),
        (this._startTime = 0),
        (this.title = e.title),
        (this.subtitle = e.subtitle),
        (this.category = e.category),
        (this.params = e.params),
        (this.location = n),
        (this.parent = t),
        (this._startTime = e.startTime),
        (this._result = r);
    }
    titlePath() {
      return [...(this.parent?.titlePath() || []), this.title];
    }
    get startTime() {
      return new Date(this._startTime);
    }
    set startTime(e) {
      this._startTime = +e;
    }
    get attachments() {
      return this._endPayload?.attachments?.map((e) => this._result.attachments[e]) ?? [];
    }
    get annotations() {
      return this._endPayload?.annotations ?? [];
    }
  },
  j = class {
    constructor(e, t) {
      (this.parallelIndex = -1),
        (this.workerIndex = -1),
        (this.duration = -1),
        (this.stdout = []),
        (this.stderr = []),
        (this.attachments = []),
        (this.annotations = []),
        (this.status = `skipped`),
        (this.steps = []),
        (this.errors = []),
        (this._stepMap = new Map()),
        (this._startTime = 0),
        (this.retry = e),
        (this._id = t);
    }
    setStartTimeNumber(e) {
      this._startTime = e;
    }
    get startTime() {
      return new Date(this._startTime);
    }
    set startTime(e) {
      this._startTime = +e;
    }
  },
  M = {
    argv: [],
    failOnFlakyTests: !1,
    forbidOnly: !1,
    fullyParallel: !1,
    globalSetup: null,
    globalTeardown: null,
    globalTimeout: 0,
    grep: /.*/,
    grepInvert: null,
    maxFailures: 0,
    metadata: {},
    preserveOutput: `always`,
    projects: [],
    filteredProjects: [],
    reporter: [[{}.CI ? `dot` : `list`]],
    reportSlowTests: { max: 5, threshold: 3e5 },
    configFile: ``,
    rootDir: ``,
    quiet: !1,
    shard: null,
    tags: [],
    updateSnapshots: `default`,
    updateSourceMethod: `patch`,
    version: ``,
    workers: 0,
    webServer: null,
  };
function N(e) {
  return e.map((e) => (e.s === void 0 ? new RegExp(e.r.source, e.r.flags) : e.s));
}
function P(e) {
  let t = 0,
    n = 0,
    r = 0,
    i = 0,
    a = 0;
  for (const o of e.results)
    o.status === `interrupted`
      ? ++i
      : o.status === `skipped` && e.expectedStatus === `skipped`
        ? ++t
        : o.status === `skipped`
          ? ++n
          : o.status === e.expectedStatus
            ? ++r
            : ++a;
  return r === 0 && a === 0 ? `skipped` : a === 0 ? `expected` : r === 0 && t === 0 ? `unexpected` : `flaky`;
}
function F(e) {
  return { status: e.status, startTime: new Date(e.startTime), duration: e.duration };
}
function I(e) {
  return { ...M, ...e };
}
var te = class {
  constructor(e, t, n, r, i, a) {
    (this._treeItemById = new Map()), (this._treeItemByTestId = new Map());
    const o = r && [...r.values()].some(Boolean);
    (this.pathSeparator = i),
      (this.rootItem = {
        kind: `group`,
        subKind: `folder`,
        id: e,
        title: ``,
        location: { file: ``, line: 0, column: 0 },
        duration: 0,
        parent: void 0,
        children: [],
        status: `none`,
        hasLoadErrors: !1,
      }),
      this._treeItemById.set(e, this.rootItem);
    const s = (e, t, n, r) => {
      for (const i of r === `tests` ? [] : t.suites) {
        if (!i.title) {
          s(e, i, n, `all`);
          continue;
        }
        let r = n.children.find((e) => e.kind === `group` && e.title === i.title);
        r ||
          ((r = {
            kind: `group`,
            subKind: `describe`,
            id: `suite:` + t.titlePath().join(``) + `` + i.title,
            title: i.title,
            location: i.location,
            duration: 0,
            parent: n,
            children: [],
            status: `none`,
            hasLoadErrors: !1,
          }),
          this._addChild(n, r)),
          s(e, i, r, `all`);
      }
      for (const i of r === `suites` ? [] : t.tests) {
        let t = i.title,
          r = n.children.find((e) => e.kind !== `group` && e.title === t);
        r ||
          ((r = {
            kind: `case`,
            id: `test:` + i.titlePath().join(``),
            title: t,
            parent: n,
            children: [],
            tests: [],
            location: i.location,
            duration: 0,
            status: `none`,
            project: void 0,
            test: void 0,
            tags: i.tags,
          }),
          this._addChild(n, r));
        let a = i.results[0],
          o = `none`;
        a?.[R] === `scheduled`
          ? (o = `scheduled`)
          : a?.[R] === `running`
            ? (o = `running`)
            : a?.status === `skipped`
              ? (o = `skipped`)
              : a?.status === `interrupted`
                ? (o = `none`)
                : a && i.outcome() !== `expected`
                  ? (o = `failed`)
                  : a && i.outcome() === `expected` && (o = `passed`),
          r.tests.push(i);
        const s = {
          kind: `test`,
          id: i.id,
          title: e.name,
          location: i.location,
          test: i,
          parent: r,
          children: [],
          status: o,
          duration: i.results.length ? Math.max(0, i.results[0].duration) : 0,
          project: e,
        };
        this._addChild(r, s), this._treeItemByTestId.set(i.id, s), (r.duration = r.children.reduce((e, t) => e + t.duration, 0));
      }
    };
    for (const e of t?.suites || [])
      if (!(o && !r.get(e.title)))
        for (const t of e.suites)
          if (a) {
            if ((s(e.project(), t, this.rootItem, `suites`), t.tests.length)) {
              const n = this._defaultDescribeItem();
              s(e.project(), t, n, `tests`);
            }
          } else {
            const n = this._fileItem(t.location.file.split(i), !0);
            s(e.project(), t, n, `all`);
          }
    for (const e of n) {
      if (!e.location) continue;
      const t = this._fileItem(e.location.file.split(i), !0);
      t.hasLoadErrors = !0;
    }
  }
  _addChild(e, t) {
    e.children.push(t), (t.parent = e), this._treeItemById.set(t.id, t);
  }
  filterTree(e, t, n) {
    const r = e.trim().toLowerCase().split(` `),
      i = [...t.values()].some(Boolean),
      a = (e) => {
        const a = [...e.tests[0].titlePath(), ...e.tests[0].tags].join(` `).toLowerCase();
        return !r.every((e) => a.includes(e)) && !e.tests.some((e) => n?.has(e.id))
          ? !1
          : ((e.children = e.children.filter((e) => !i || n?.has(e.test.id) || t.get(e.status))),
            (e.tests = e.children.map((e) => e.test)),
            !!e.children.length);
      },
      o = (e) => {
        const t = [];
        for (const n of e.children) n.kind === `case` ? a(n) && t.push(n) : (o(n), (n.children.length || n.hasLoadErrors) && t.push(n));
        e.children = t;
      };
    o(this.rootItem);
  }
  _fileItem(e, t) {
    if (e.length === 0) return this.rootItem;
    const n = e.join(this.pathSeparator),
      r = this._treeItemById.get(n);
    if (r) return r;
    const i = this._fileItem(e.slice(0, e.length - 1), !1),
      a = {
        kind: `group`,
        subKind: t ? `file` : `folder`,
        id: n,
        title: e[e.length - 1],
        location: { file: n, line: 0, column: 0 },
        duration: 0,
        parent: i,
        children: [],
        status: `none`,
        hasLoadErrors: !1,
      };
    return (this._addChild(i, a), a);
  }
  _defaultDescribeItem() {
    let e = this._treeItemById.get(`<anonymous>`);
    return (
      e ||
        ((e = {
          kind: `group`,
          subKind: `describe`,
          id: `<anonymous>`,
          title: `<anonymous>`,
          location: { file: ``, line: 0, column: 0 },
          duration: 0,
          parent: this.rootItem,
          children: [],
          status: `none`,
          hasLoadErrors: !1,
        }),
        this._addChild(this.rootItem, e)),
      e
    );
  }
  sortAndPropagateStatus() {
    L(this.rootItem);
  }
  flattenForSingleProject() {
    const e = (t) => {
      t.kind === `case` && t.children.length === 1
        ? ((t.project = t.children[0].project), (t.test = t.children[0].test), (t.children = []), this._treeItemByTestId.set(t.test.id, t))
        : t.children.forEach(e);
    };
    e(this.rootItem);
  }
  shortenRoot() {
    let e = this.rootItem;
    for (; e.children.length === 1 && e.children[0].kind === `group` && e.children[0].subKind === `folder`; ) e = e.children[0];
    (e.location = this.rootItem.location), (this.rootItem = e);
  }
  fileNames() {
    const e = new Set(),
      t = (n) => {
        n.kind === `group` && n.subKind === `file` ? e.add(n.id) : n.children.forEach(t);
      };
    return (t(this.rootItem), [...e]);
  }
  flatTreeItems() {
    const e = [],
      t = (n) => {
        e.push(n), n.children.forEach(t);
      };
    return (t(this.rootItem), e);
  }
  treeItemById(e) {
    return this._treeItemById.get(e);
  }
  collectTestIds(e) {
    return ne(e);
  }
};
function L(e) {
  for (const t of e.children) L(t);
  e.kind === `group` && e.children.sort((e, t) => e.location.file.localeCompare(t.location.file) || e.location.line - t.location.line);
  let t = e.children.length > 0,
    n = e.children.length > 0,
    r = !1,
    i = !1,
    a = !1;
  for (const o of e.children)
    (n &&= o.status === `skipped`),
      (t &&= o.status === `passed` || o.status === `skipped`),
      (r ||= o.status === `failed`),
      (i ||= o.status === `running`),
      (a ||= o.status === `scheduled`);
  i
    ? (e.status = `running`)
    : a
      ? (e.status = `scheduled`)
      : r
        ? (e.status = `failed`)
        : n
          ? (e.status = `skipped`)
          : t && (e.status = `passed`);
}
function ne(e) {
  const t = new Set(),
    n = new Set(),
    r = (e) => {
      if (e.kind !== `test` && e.kind !== `case`) {
        e.children.forEach(r);
        return;
      }
      let i = e;
      for (; i && i.parent && !(i.kind === `group` && i.subKind === `file`); ) i = i.parent;
      n.add(i.location.file), e.kind === `case` ? e.tests.forEach((e) => t.add(e.id)) : t.add(e.id);
    };
  return (r(e), { testIds: t, locations: n });
}
var R = Symbol(`statusEx`),
  re = class {
    constructor(e) {
      (this.loadErrors = []),
        (this.progress = { total: 0, passed: 0, failed: 0, skipped: 0 }),
        (this._lastRunTestCount = 0),
        (this._receiver = new O(this._createReporter(), {
          mergeProjects: !0,
          mergeTestCases: !0,
          resolvePath: ie(e.pathSeparator),
          clearPreviousResultsWhenTestBegins: !0,
        })),
        (this._options = e);
    }
    _createReporter() {
      return {
        version: () => `v2`,
        onConfigure: (e) => {
          (this.config = e),
            (this._lastRunReceiver = new O(
              {
                version: () => `v2`,
                onBegin: (e) => {
                  (this._lastRunTestCount = e.allTests().length), (this._lastRunReceiver = void 0);
                },
              },
              { mergeProjects: !0, mergeTestCases: !1, resolvePath: ie(this._options.pathSeparator) },
            )),
            this._lastRunReceiver.dispatch({ method: `onConfigure`, params: { config: e } });
        },
        onBegin: (e) => {
          if (((this.rootSuite ||= e), this._testResultsSnapshot)) {
            for (const e of this.rootSuite.allTests()) e.results = this._testResultsSnapshot?.get(e.id) || e.results;
            this._testResultsSnapshot = void 0;
          }
          (this.progress.total = this._lastRunTestCount),
            (this.progress.passed = 0),
            (this.progress.failed = 0),
            (this.progress.skipped = 0),
            this._options.onUpdate(!0);
        },
        onEnd: () => {
          this._options.onUpdate(!0);
        },
        onTestBegin: (e, t) => {
          (t[R] = `running`), this._options.onUpdate();
        },
        onTestEnd: (e, t) => {
          e.outcome() === `skipped`
            ? ++this.progress.skipped
            : e.outcome() === `unexpected`
              ? ++this.progress.failed
              : ++this.progress.passed,
            (t[R] = t.status),
            this._options.onUpdate();
        },
        onError: (e) => this._handleOnError(e),
        printsToStdio: () => !1,
      };
    }
    processGlobalReport(e) {
      const t = new O({
        version: () => `v2`,
        onConfigure: (e) => {
          this.config = e;
        },
        onError: (e) => this._handleOnError(e),
      });
      for (const n of e) t.dispatch(n);
    }
    processListReport(e) {
      const t = this.rootSuite?.allTests() || [];
      (this._testResultsSnapshot = new Map(t.map((e) => [e.id, e.results]))), this._receiver.reset();
      for (const t of e) this._receiver.dispatch(t);
    }
    processTestReportEvent(e) {
      this._lastRunReceiver?.dispatch(e)?.catch(() => {}), this._receiver.dispatch(e)?.catch(() => {});
    }
    _handleOnError(e) {
      this.loadErrors.push(e), this._options.onError?.(e), this._options.onUpdate();
    }
    asModel() {
      return { rootSuite: this.rootSuite || new k(``, `root`), config: this.config, loadErrors: this.loadErrors, progress: this.progress };
    }
  };
function ie(e) {
  return (t, n) => {
    const r = [];
    for (const i of [...t.split(e), ...n.split(e)]) {
      const t = e === `\\` && r.length === 1 && r[0].endsWith(`:`),
        n = !r.length;
      if (!(!i && !n && !t) && i !== `.`) {
        if (i === `..`) {
          r.pop();
          continue;
        }
        r.push(i);
      }
    }
    return r.join(e);
  };
}
var z = f(),
  ae = ({ source: e }) => {
    const [t, n] = a(),
      [r, o] = E.useState(w()),
      [s] = E.useState(
        x(() => import(`./assets/xtermModule-Cv6bi7od.js`).then((e) => e.default), __vite__mapDeps([0, 1, 2]), import.meta.url),
      ),
      c = E.useRef(null);
    return (
      E.useEffect(() => (T(o), () => i(o)), []),
      E.useEffect(() => {
        const t = e.write,
          i = e.clear;
        return (
          (async () => {
            const { Terminal: t, FitAddon: i } = await s,
              a = n.current;
            if (!a) return;
            const o = r === `dark-mode` ? se : oe;
            if (c.current && c.current.terminal.options.theme === o) return;
            c.current && (a.textContent = ``);
            const l = new t({ convertEol: !0, fontSize: 13, scrollback: 1e4, fontFamily: `monospace`, theme: o }),
              u = new i();
            l.loadAddon(u);
            for (const t of e.pending) l.write(t);
            (e.write = (t) => {
              e.pending.push(t), l.write(t);
            }),
              (e.clear = () => {
                (e.pending = []), l.clear();
              }),
              l.open(a),
              u.fit(),
              (c.current = { terminal: l, fitAddon: u });
          })(),
          () => {
            (e.clear = i), (e.write = t);
          }
        );
      }, [s, c, n, e, r]),
      E.useEffect(() => {
        setTimeout(() => {
          c.current && (c.current.fitAddon.fit(), e.resize(c.current.terminal.cols, c.current.terminal.rows));
        }, 250);
      }, [t, e]),
      (0, z.jsx)(`div`, { "data-testid": `output`, className: `xterm-wrapper`, style: { flex: `auto` }, ref: n })
    );
  },
  oe = {
    foreground: `#383a42`,
    background: `#fafafa`,
    cursor: `#383a42`,
    black: `#000000`,
    red: `#e45649`,
    green: `#50a14f`,
    yellow: `#c18401`,
    blue: `#4078f2`,
    magenta: `#a626a4`,
    cyan: `#0184bc`,
    white: `#a0a0a0`,
    brightBlack: `#000000`,
    brightRed: `#e06c75`,
    brightGreen: `#98c379`,
    brightYellow: `#d19a66`,
    brightBlue: `#4078f2`,
    brightMagenta: `#a626a4`,
    brightCyan: `#0184bc`,
    brightWhite: `#383a42`,
    selectionBackground: `#d7d7d7`,
    selectionForeground: `#383a42`,
  },
  se = {
    foreground: `#f8f8f2`,
    background: `#1e1e1e`,
    cursor: `#f8f8f0`,
    black: `#000000`,
    red: `#ff5555`,
    green: `#50fa7b`,
    yellow: `#f1fa8c`,
    blue: `#bd93f9`,
    magenta: `#ff79c6`,
    cyan: `#8be9fd`,
    white: `#bfbfbf`,
    brightBlack: `#4d4d4d`,
    brightRed: `#ff6e6e`,
    brightGreen: `#69ff94`,
    brightYellow: `#ffffa5`,
    brightBlue: `#d6acff`,
    brightMagenta: `#ff92df`,
    brightCyan: `#a4ffff`,
    brightWhite: `#e6e6e6`,
    selectionBackground: `#44475a`,
    selectionForeground: `#f8f8f2`,
  },
  ce = ({
    filterText: e,
    setFilterText: t,
    statusFilters: n,
    setStatusFilters: r,
    projectFilters: i,
    setProjectFilters: a,
    onlyChanged: o,
    setOnlyChanged: s,
    testModel: c,
    runTests: l,
  }) => {
    const [u, d] = E.useState(!1),
      f = E.useRef(null);
    E.useEffect(() => {
      f.current?.focus();
    }, []);
    const p =
        [...n.entries()]
          .filter(([e, t]) => t)
          .map(([e]) => e)
          .join(` `) || `all`,
      m =
        [...i.entries()]
          .filter(([e, t]) => t)
          .map(([e]) => e)
          .join(` `) || `all`;
    return (0, z.jsxs)(`div`, {
      className: `filters`,
      children: [
        (0, z.jsx)(h, {
          expanded: u,
          setExpanded: d,
          title: (0, z.jsx)(`input`, {
            ref: f,
            type: `search`,
            placeholder: `Filter (e.g. text, @tag)`,
            "aria-label": `Filter (e.g. text, @tag)`,
            spellCheck: !1,
            value: e,
            onChange: (e) => {
              t(e.target.value);
            },
            onKeyDown: (e) => {
              e.key === `Enter` && l();
            },
          }),
        }),
        (0, z.jsxs)(`button`, {
          className: `filter-summary`,
          "aria-expanded": u,
          title:
            `Status: ` +
            p +
            `
Projects: ` +
            m +
            (o
              ? `
Only changed`
              : ``),
          onClick: () => d(!u),
          children: [
            (0, z.jsx)(`span`, { className: `filter-label`, children: `Status:` }),
            ` `,
            p,
            (0, z.jsx)(`span`, { className: `filter-label`, children: `Projects:` }),
            ` `,
            m,
            o && (0, z.jsx)(z.Fragment, { children: (0, z.jsx)(`span`, { className: `filter-label`, children: `Only changed` }) }),
          ],
        }),
        u &&
          (0, z.jsxs)(z.Fragment, {
            children: [
              (0, z.jsxs)(`div`, {
                className: `hbox`,
                style: { marginLeft: 14, maxHeight: 200, overflowY: `auto` },
                children: [
                  (0, z.jsx)(`div`, {
                    className: `filter-list`,
                    role: `list`,
                    "data-testid": `status-filters`,
                    children: [...n.entries()].map(([e, t]) =>
                      (0, z.jsx)(
                        `div`,
                        {
                          className: `filter-entry`,
                          role: `listitem`,
                          children: (0, z.jsxs)(`label`, {
                            children: [
                              (0, z.jsx)(`input`, {
                                type: `checkbox`,
                                checked: t,
                                onChange: () => {
                                  const t = new Map(n);
                                  t.set(e, !t.get(e)), r(t);
                                },
                              }),
                              (0, z.jsx)(`div`, { children: e }),
                            ],
                          }),
                        },
                        e,
                      ),
                    ),
                  }),
                  (0, z.jsx)(`div`, {
                    className: `filter-list`,
                    role: `list`,
                    "data-testid": `project-filters`,
                    children: [...i.entries()].map(([e, t]) =>
                      (0, z.jsx)(
                        `div`,
                        {
                          className: `filter-entry`,
                          role: `listitem`,
                          children: (0, z.jsxs)(`label`, {
                            children: [
                              (0, z.jsx)(`input`, {
                                type: `checkbox`,
                                checked: t,
                                onChange: () => {
                                  const t = new Map(i);
                                  t.set(e, !t.get(e)), a(t);
                                  const n = c?.config?.configFile;
                                  n &&
                                    C.setObject(
                                      n + `:projects`,
                                      [...t.entries()].filter(([e, t]) => t).map(([e]) => e),
                                    );
                                },
                              }),
                              (0, z.jsx)(`div`, { children: e || `untitled` }),
                            ],
                          }),
                        },
                        e,
                      ),
                    ),
                  }),
                ],
              }),
              (0, z.jsx)(`div`, {
                className: `filter-entry`,
                style: { marginLeft: 24 },
                children: (0, z.jsxs)(`label`, {
                  children: [
                    (0, z.jsx)(`input`, { type: `checkbox`, checked: o, onChange: () => s(!o) }),
                    (0, z.jsx)(`div`, { children: `Show only changed files` }),
                  ],
                }),
              }),
            ],
          }),
      ],
    });
  },
  le = ({ tag: e, style: n, onClick: r }) =>
    (0, z.jsx)(`span`, {
      className: t(`tag`, `tag-color-${ue(e)}`),
      onClick: r,
      style: { margin: `6px 0 0 6px`, ...n },
      title: `Click to filter by tag: ${e}`,
      children: e,
    });
function ue(e) {
  let t = 0;
  for (let n = 0; n < e.length; n++) t = e.charCodeAt(n) + ((t << 8) - t);
  return Math.abs(t % 6);
}
var de = v,
  fe = ({
    filterText: e,
    testModel: t,
    testServerConnection: n,
    testTree: r,
    runTests: i,
    runningState: a,
    watchAll: o,
    watchedTreeIds: s,
    setWatchedTreeIds: c,
    isLoading: f,
    onItemSelected: p,
    requestedCollapseAllCount: m,
    requestedExpandAllCount: h,
    setFilterText: _,
    onRevealSource: v,
  }) => {
    const [y, b] = E.useState({ expandedItems: new Map() }),
      [x, S] = E.useState(),
      [C, w] = E.useState(m),
      [T, D] = E.useState(h);
    E.useEffect(() => {
      if (C !== m) {
        y.expandedItems.clear();
        for (const e of r.flatTreeItems()) y.expandedItems.set(e.id, !1);
        w(m), S(void 0), b({ ...y });
        return;
      }
      if (T !== h) {
        y.expandedItems.clear();
        for (const e of r.flatTreeItems()) y.expandedItems.set(e.id, !0);
        D(h), S(void 0), b({ ...y });
        return;
      }
      if (!a || a.itemSelectedByUser) return;
      let e,
        t = (n) => {
          n.children.forEach(t),
            !e &&
              n.status === `failed` &&
              ((n.kind === `test` && a.testIds.has(n.test.id)) || (n.kind === `case` && a.testIds.has(n.tests[0]?.id))) &&
              (e = n);
        };
      t(r.rootItem), e && S(e.id);
    }, [a, S, r, C, w, m, T, D, h, y, b]);
    const O = E.useMemo(() => {
      if (x) return r.treeItemById(x);
    }, [x, r]);
    E.useEffect(() => {
      if (!t) return;
      let e = pe(O, t),
        n;
      O?.kind === `test` ? (n = O.test) : O?.kind === `case` && O.tests.length === 1 && (n = O.tests[0]),
        p({ treeItem: O, testCase: n, testFile: e });
    }, [t, O, p]),
      E.useEffect(() => {
        if (!f)
          if (o) n?.watchNoReply({ fileNames: r.fileNames() });
          else {
            const e = new Set();
            for (const t of s.value) {
              const n = r.treeItemById(t)?.location.file;
              n && e.add(n);
            }
            n?.watchNoReply({ fileNames: [...e] });
          }
      }, [f, r, o, s, n]);
    const k = (e) => {
        S(e.id), i(`bounce-if-busy`, r.collectTestIds(e));
      },
      A = (t, n) => {
        if ((t.preventDefault(), t.stopPropagation(), t.metaKey || t.ctrlKey)) {
          const t = e.split(` `);
          t.includes(n)
            ? _(
                t
                  .filter((e) => e !== n)
                  .join(` `)
                  .trim(),
              )
            : _((e + ` ` + n).trim());
        } else
          _(
            (
              e
                .split(` `)
                .filter((e) => !e.startsWith(`@`))
                .join(` `) +
              ` ` +
              n
            ).trim(),
          );
      };
    return (0, z.jsx)(de, {
      name: `tests`,
      treeState: y,
      setTreeState: b,
      rootItem: r.rootItem,
      dataTestId: `test-tree`,
      render: (e) => {
        const t = e.id.replace(/[^\w\d-_]/g, `-`),
          n = t + `-label`,
          r = t + `-time`;
        return (0, z.jsxs)(`div`, {
          className: `hbox ui-mode-tree-item`,
          "aria-labelledby": `${n} ${r}`,
          children: [
            (0, z.jsxs)(`div`, {
              id: n,
              className: `ui-mode-tree-item-title`,
              children: [
                (0, z.jsx)(`span`, { children: e.title }),
                e.kind === `case` ? e.tags.map((e) => (0, z.jsx)(le, { tag: e.slice(1), onClick: (t) => A(t, e) }, e)) : null,
              ],
            }),
            !!e.duration &&
              e.status !== `skipped` &&
              (0, z.jsx)(`div`, { id: r, className: `ui-mode-tree-item-time`, children: g(e.duration) }),
            (0, z.jsxs)(l, {
              noMinHeight: !0,
              noShadow: !0,
              children: [
                (0, z.jsx)(d, { icon: `play`, title: `Run`, onClick: () => k(e), disabled: !!a && !a.completed }),
                (0, z.jsx)(d, {
                  icon: `go-to-file`,
                  title: `Show source`,
                  onClick: v,
                  style: e.kind === `group` && e.subKind === `folder` ? { visibility: `hidden` } : {},
                }),
                !o &&
                  (0, z.jsx)(d, {
                    icon: `eye`,
                    title: `Watch`,
                    onClick: () => {
                      s.value.has(e.id) ? s.value.delete(e.id) : s.value.add(e.id), c({ ...s });
                    },
                    toggled: s.value.has(e.id),
                  }),
              ],
            }),
          ],
        });
      },
      icon: (e) => u(e.status),
      title: (e) => e.title,
      selectedItem: O,
      onAccepted: k,
      onSelected: (e) => {
        a && (a.itemSelectedByUser = !0), S(e.id);
      },
      isError: (e) => e.kind === `group` && e.hasLoadErrors,
      autoExpandDepth: e ? 5 : 1,
      noItemsMessage: f ? `Loading…` : `No tests`,
    });
  };
function pe(e, t) {
  if (!(!e || !t))
    return {
      file: e.location.file,
      line: e.location.line,
      column: e.location.column,
      source: {
        errors: t.loadErrors
          .filter((t) => t.location?.file === e.location.file)
          .map((e) => ({ line: e.location.line, message: e.message })),
        content: void 0,
      },
    };
}
function B(e) {
  return `.playwright-artifacts-${e}`;
}
var me = ({ item: e, rootDir: t, onOpenExternally: n, revealSource: r, pathSeparator: i, onModelChange: a }) => {
    const [s, c] = E.useState(void 0),
      [l, u] = E.useState(0),
      { outputDir: d } = E.useMemo(() => ({ outputDir: e.testCase ? he(e.testCase) : void 0 }), [e]);
    return (
      E.useEffect(() => {
        const t = e.testCase?.results[0];
        if (!t || e.treeItem?.status === `scheduled`) {
          c(void 0);
          return;
        }
        const n = new AbortController(),
          { signal: r } = n,
          a = t && t.duration >= 0 && t.attachments.find((e) => e.name === `trace`);
        if (a && a.path)
          return (
            V(a.path, t.startTime.getTime(), r)
              .then((e) => c({ model: e, isLive: !1 }))
              .catch((e) => {
                if (!r.aborted) throw e;
              }),
            () => n.abort()
          );
        if (!d) {
          c(void 0);
          return;
        }
        const s = [d, B(t.workerIndex), `traces`, `${e.testCase?.id}.json`].join(i),
          f = setTimeout(async () => {
            try {
              const e = await V(s, Date.now(), r);
              c({ model: e, isLive: !0 });
            } catch {
              if (r.aborted) return;
              const e = new o(``, []);
              e.errorDescriptors.push(...t.errors.flatMap((e) => (e.message ? [{ message: e.message }] : []))), c({ model: e, isLive: !1 });
            }
            u(l + 1);
          }, 500);
        return () => {
          clearTimeout(f), n.abort();
        };
      }, [d, e, c, l, u, i]),
      E.useEffect(() => {
        a?.(s?.model);
      }, [s, a]),
      (0, z.jsx)(
        m,
        {
          model: s?.model,
          showSourcesFirst: !0,
          rootDir: t,
          fallbackLocation: e.testFile,
          isLive: s?.isLive,
          status: e.treeItem?.status,
          defaultAnnotations: e.testCase?.annotations ?? [],
          onOpenExternally: n,
          revealSource: r,
        },
        `workbench`,
      )
    );
  },
  he = (e) => {
    for (let t = e.parent; t; t = t.parent) if (t.project()) return t.project()?.outputDir;
  };
async function V(e, t, n) {
  const r = `file?path=${encodeURIComponent(e)}&timestamp=${t}`,
    i = new URLSearchParams();
  return (i.set(`trace`, r), new o(r, await (await fetch(`contexts?${i.toString()}`, { signal: n })).json()));
}
var ge = { cols: 80, rows: 24 },
  H = { pending: [], clear: () => {}, write: (e) => H.pending.push(e), resize: () => {} },
  U = new URLSearchParams(window.location.search),
  W = new URL(U.get(`server`) ?? `../`, window.location.href),
  _e = new URL(`ws`, W);
_e.protocol = _e.protocol === `https:` ? `wss:` : `ws:`;
var G = {
  args: U.getAll(`arg`),
  grep: U.get(`grep`) || void 0,
  grepInvert: U.get(`grepInvert`) || void 0,
  projects: U.getAll(`project`),
  workers: U.get(`workers`) || void 0,
  headed: U.has(`headed`),
  updateSnapshots: U.get(`updateSnapshots`) || void 0,
  reporters: U.has(`reporter`) ? U.getAll(`reporter`) : void 0,
  pathSeparator: U.get(`pathSeparator`) || `/`,
};
G.updateSnapshots && ![`all`, `changed`, `none`, `missing`, `default`].includes(G.updateSnapshots) && (G.updateSnapshots = void 0);
var ve = navigator.platform === `MacIntel`;
function ye(e) {
  return (e.startsWith(`/`) && (e = e.substring(1)), e.replace(/[.*+?^${}()|[\]\\]/g, `\\$&`));
}
function be(e, t, n) {
  const r = e.passed + e.failed + e.skipped,
    i = t ? ((r / t) * 100) | 0 : 0,
    a = [];
  return (
    e.passed > 0 && a.push(`${e.passed} passed`),
    e.failed > 0 && a.push((0, z.jsxs)(`span`, { className: `status-line-failed`, children: [e.failed, ` failed`] }, `failed`)),
    e.skipped > 0 && a.push(`${e.skipped} skipped`),
    (0, z.jsx)(`div`, {
      "data-testid": `status-line`,
      className: `status-line`,
      children: (0, z.jsxs)(`div`, {
        children: [
          n && `Running `,
          r,
          `/`,
          t,
          ` (`,
          i,
          `%)`,
          a.length > 0 && ` — `,
          a.map((e, t) => (0, z.jsxs)(E.Fragment, { children: [t > 0 ? `, ` : ``, e] }, t)),
        ],
      }),
    })
  );
}
var xe = ({}) => {
  const [e, n] = E.useState(``),
    [i, a] = E.useState(!1),
    [o, c] = E.useState(!1),
    [u, f] = E.useState(
      new Map([
        [`passed`, !1],
        [`failed`, !1],
        [`skipped`, !1],
      ]),
    ),
    [m, h] = E.useState(new Map()),
    [g, v] = E.useState(),
    [x, S] = E.useState(),
    [w, T] = E.useState({}),
    [D, O] = E.useState(!1),
    [A, ee] = E.useState(),
    j = A && !A.completed,
    [M, N] = r(`watch-all`, !1),
    [P, F] = E.useState({ value: new Set() }),
    I = E.useRef(Promise.resolve()),
    L = E.useRef({ testIds: new Set(), locations: new Set() }),
    [ne, ie] = E.useState(0),
    [oe, se] = E.useState(0),
    [le, ue] = E.useState(!1),
    [de, pe] = E.useState(!0),
    [B, he] = E.useState(),
    [V, U] = E.useState(),
    [W, xe] = E.useState(!1),
    [K, Se] = E.useState(!1),
    [Ce, we] = E.useState(!1),
    [Te, Ee] = E.useState(),
    De = E.useCallback(() => we(!0), [we]),
    [Oe, ke] = r(`single-worker`, !1),
    [q, Ae] = r(`updateSnapshots`, `default`),
    [J, je] = r(`only-changed`, !1),
    [Me, Ne] = r(`stop-on-failure`, !1),
    [Y] = r(`mergeFiles`, !1),
    Pe = E.useRef(null),
    X = E.useCallback(() => {
      he((e) => (e?.close(), new _(new y(_e))));
    }, []);
  E.useEffect(() => {
    Pe.current?.focus(), O(!0), X();
  }, [X]),
    E.useEffect(() => {
      if (!B) return;
      const e = [
        B.onStdio((e) => {
          if (e.buffer) {
            const t = atob(e.buffer);
            H.write(t);
          } else H.write(e.text);
          e.type === `stderr` && c(!0);
        }),
        B.onClose(() => ue(!0)),
      ];
      return (
        (H.resize = (e, t) => {
          (ge = { cols: e, rows: t }), B.resizeTerminalNoReply({ cols: e, rows: t });
        }),
        () => {
          for (const t of e) t.dispose();
        }
      );
    }, [B]),
    E.useEffect(() => {
      if (!B) return;
      let e,
        t = new re({
          onUpdate: (n) => {
            clearTimeout(e),
              (e = void 0),
              n
                ? v(t.asModel())
                : (e ||= setTimeout(() => {
                    v(t.asModel());
                  }, 250));
          },
          onError: (e) => {
            H.write(
              (e.stack || e.value || ``) +
                `
`,
            ),
              c(!0);
          },
          pathSeparator: G.pathSeparator,
        });
      return (
        U(t),
        v(void 0),
        O(!0),
        F({ value: new Set() }),
        (async () => {
          try {
            await B.initialize({ interceptStdio: !0, watchTestDirs: !0 });
            const { status: e, report: n } = await B.runGlobalSetup({});
            if ((t.processGlobalReport(n), e !== `passed`)) return;
            const r = await B.listTests({
              projects: G.projects,
              locations: G.args,
              grep: G.grep,
              grepInvert: G.grepInvert,
              onlyChanged: J,
            });
            t.processListReport(r.report),
              B.onReport((e) => {
                t.processTestReportEvent(e);
              });
            const { hasBrowsers: i } = await B.checkBrowsers({});
            pe(i);
          } finally {
            O(!1);
          }
        })(),
        () => {
          clearTimeout(e);
        }
      );
    }, [J, B]),
    E.useEffect(() => {
      if (!g) return;
      const { config: e, rootSuite: t } = g,
        n = e.configFile ? C.getObject(e.configFile + `:projects`, void 0) : void 0,
        r = new Map(m);
      for (const e of r.keys()) t.suites.find((t) => t.title === e) || r.delete(e);
      for (const e of t.suites) r.has(e.title) || r.set(e.title, !!n?.includes(e.title));
      !n && r.size && ![...r.values()].includes(!0) && r.set(r.entries().next().value[0], !0),
        (m.size !== r.size || [...m].some(([e, t]) => r.get(e) !== t)) && h(r);
    }, [m, g]),
    E.useEffect(() => {
      j && g?.progress ? S(g.progress) : g || S(void 0);
    }, [g, j]);
  const { testTree: Z } = E.useMemo(() => {
      if (!g) return { testTree: new te(``, new k(``, `root`), [], m, G.pathSeparator, Y) };
      const t = new te(``, g.rootSuite, g.loadErrors, m, G.pathSeparator, Y);
      return (
        t.filterTree(e, u, j ? A?.testIds : void 0),
        t.sortAndPropagateStatus(),
        t.shortenRoot(),
        t.flattenForSingleProject(),
        { testTree: t }
      );
    }, [e, g, u, m, A, j, Y]),
    Q = E.useCallback(
      (e, t) => {
        if (!(!B || !g) && !(e === `bounce-if-busy` && j)) {
          for (const e of t.testIds) L.current.testIds.add(e);
          for (const e of t.locations) L.current.locations.add(e);
          I.current = I.current.then(async () => {
            const { testIds: e, locations: t } = L.current;
            if (((L.current = { testIds: new Set(), locations: new Set() }), !e.size)) return;
            for (const t of g.rootSuite?.allTests() || [])
              if (e.has(t.id)) {
                t.results = [];
                const e = t._createTestResult(`pending`);
                e[R] = `scheduled`;
              }
            v({ ...g });
            const n = `  [` + new Date().toLocaleTimeString() + `]`;
            H.write(`\x1B[2m—`.repeat(Math.max(0, ge.cols - n.length)) + n + `\x1B[22m`),
              S({ total: 0, passed: 0, failed: 0, skipped: 0 }),
              ee({ testIds: e }),
              await B.runTests({
                locations: [...t].map(ye),
                grep: G.grep,
                grepInvert: G.grepInvert,
                testIds: [...e],
                projects: [...m].filter(([e, t]) => t).map(([e]) => e),
                updateSnapshots: q,
                reporters: G.reporters,
                workers: Oe ? 1 : void 0,
                maxFailures: Me ? 1 : void 0,
                trace: `on`,
              });
            for (const e of g.rootSuite?.allTests() || []) e.results[0]?.duration === -1 && (e.results = []);
            v({ ...g }), ee((e) => (e ? { ...e, completed: !0 } : void 0));
          });
        }
      },
      [m, j, g, B, q, Oe, Me],
    ),
    $ = E.useCallback(() => Q(`bounce-if-busy`, Z.collectTestIds(Z.rootItem)), [Q, Z]);
  E.useEffect(() => {
    if (!B || !V) return;
    const e = B.onTestFilesChanged(async (e) => {
      if (
        ((I.current = I.current.then(async () => {
          O(!0);
          try {
            const e = await B.listTests({
              projects: G.projects,
              locations: G.args,
              grep: G.grep,
              grepInvert: G.grepInvert,
              onlyChanged: J,
            });
            V.processListReport(e.report);
          } catch (e) {
            console.log(e);
          } finally {
            O(!1);
          }
        })),
        await I.current,
        e.testFiles.length === 0)
      )
        return;
      const t = V.asModel(),
        n = new te(``, t.rootSuite, t.loadErrors, m, G.pathSeparator, Y),
        r = [],
        i = [],
        a = new Set(e.testFiles);
      if (M) {
        const e = (t) => {
          const o = t.location.file;
          if (o && a.has(o)) {
            const e = n.collectTestIds(t);
            r.push(...e.locations), i.push(...e.testIds);
          }
          t.kind === `group` && t.subKind === `folder` && t.children.forEach(e);
        };
        e(n.rootItem);
      } else
        for (const e of P.value) {
          const t = n.treeItemById(e);
          if (!t) continue;
          let o = t;
          for (; !(o.kind === `group` && (o.subKind === `file` || o.subKind === `folder`)) && o.parent; ) o = o.parent;
          const s = o?.location.file;
          if (s && a.has(s)) {
            const e = n.collectTestIds(t);
            r.push(...e.locations), i.push(...e.testIds);
          }
        }
      Q(`queue-if-busy`, { locations: r, testIds: i });
    });
    return () => e.dispose();
  }, [Q, B, M, P, V, m, Y, J]),
    E.useEffect(() => {
      if (!B) return;
      const e = (e) => {
        e.code === `Backquote` && e.ctrlKey
          ? (e.preventDefault(), a(!i))
          : e.code === `F5` && e.shiftKey
            ? (e.preventDefault(), B?.stopTestsNoReply({}))
            : e.code === `F5` && (e.preventDefault(), $());
      };
      return (
        addEventListener(`keydown`, e),
        () => {
          removeEventListener(`keydown`, e);
        }
      );
    }, [$, X, B, i]);
  const Fe = E.useRef(null),
    Ie = E.useCallback((e) => {
      e.preventDefault(), e.stopPropagation(), Fe.current?.showModal();
    }, []),
    Le = E.useCallback((e) => {
      e.preventDefault(), e.stopPropagation(), Fe.current?.close();
    }, []),
    Re = E.useCallback(
      (e) => {
        Le(e),
          a(!0),
          B?.installBrowsers({}).then(async () => {
            a(!1);
            const { hasBrowsers: e } = await B?.checkBrowsers({});
            pe(e);
          });
      },
      [Le, B],
    );
  return (0, z.jsxs)(`div`, {
    className: `vbox ui-mode`,
    children: [
      !de &&
        (0, z.jsxs)(`dialog`, {
          ref: Fe,
          children: [
            (0, z.jsxs)(`div`, {
              className: `title`,
              children: [(0, z.jsx)(`span`, { className: `codicon codicon-lightbulb` }), `Install browsers`],
            }),
            (0, z.jsxs)(`div`, {
              className: `body`,
              children: [
                `Playwright did not find installed browsers.`,
                (0, z.jsx)(`br`, {}),
                "Would you like to run `playwright install`?",
                (0, z.jsx)(`br`, {}),
                (0, z.jsx)(`button`, { className: `button`, onClick: Re, children: `Install` }),
                (0, z.jsx)(`button`, { className: `button secondary`, onClick: Le, children: `Dismiss` }),
              ],
            }),
          ],
        }),
      le &&
        (0, z.jsxs)(`div`, {
          className: `disconnected`,
          children: [
            (0, z.jsx)(`div`, { className: `title`, children: `UI Mode disconnected` }),
            (0, z.jsxs)(`div`, {
              children: [
                (0, z.jsx)(`a`, { href: `#`, onClick: () => (window.location.href = `/`), children: `Reload the page` }),
                ` to reconnect`,
              ],
            }),
          ],
        }),
      (0, z.jsx)(p, {
        sidebarSize: 250,
        minSidebarSize: 150,
        orientation: `horizontal`,
        sidebarIsFirst: !0,
        settingName: `testListSidebar`,
        main: (0, z.jsxs)(`div`, {
          className: `vbox`,
          children: [
            (0, z.jsxs)(`div`, {
              className: t(`vbox`, !i && `hidden`),
              children: [
                (0, z.jsxs)(l, {
                  children: [
                    (0, z.jsx)(`div`, { className: `section-title`, style: { flex: `none` }, children: `Output` }),
                    (0, z.jsx)(d, {
                      icon: `circle-slash`,
                      title: `Clear output`,
                      onClick: () => {
                        H.clear(), c(!1);
                      },
                    }),
                    (0, z.jsx)(`div`, { className: `spacer` }),
                    (0, z.jsx)(d, { icon: `close`, title: `Close`, onClick: () => a(!1) }),
                  ],
                }),
                (0, z.jsx)(ae, { source: H }),
              ],
            }),
            (0, z.jsx)(`div`, {
              className: t(`vbox`, i && `hidden`),
              children: (0, z.jsx)(me, {
                pathSeparator: G.pathSeparator,
                item: w,
                onModelChange: Ee,
                rootDir: g?.config?.rootDir,
                revealSource: Ce,
                onOpenExternally: (e) => B?.openNoReply({ location: { file: e.file, line: e.line, column: e.column } }),
              }),
            }),
          ],
        }),
        sidebar: (0, z.jsxs)(`div`, {
          className: `vbox ui-mode-sidebar`,
          children: [
            (0, z.jsxs)(l, {
              noShadow: !0,
              noMinHeight: !0,
              children: [
                (0, z.jsx)(`img`, { src: `playwright-logo.svg`, alt: `Playwright logo` }),
                (0, z.jsx)(`div`, { className: `section-title`, children: `Playwright` }),
                (0, z.jsx)(d, { icon: `refresh`, title: `Reload`, onClick: () => X(), disabled: j || D }),
                (0, z.jsx)(`div`, {
                  style: { position: `relative` },
                  children: (0, z.jsx)(d, {
                    icon: `terminal`,
                    title: `Toggle output — ` + (ve ? "⌃`" : "Ctrl + `"),
                    toggled: i,
                    errorBadge: o ? `Output contains error` : void 0,
                    onClick: () => {
                      a(!i);
                    },
                  }),
                }),
                !de &&
                  (0, z.jsx)(d, {
                    icon: `lightbulb-autofix`,
                    style: { color: `var(--vscode-list-warningForeground)` },
                    title: `Playwright browsers are missing`,
                    onClick: Ie,
                  }),
              ],
            }),
            (0, z.jsx)(ce, {
              filterText: e,
              setFilterText: n,
              statusFilters: u,
              setStatusFilters: f,
              projectFilters: m,
              setProjectFilters: h,
              onlyChanged: J,
              setOnlyChanged: je,
              testModel: g,
              runTests: $,
            }),
            (0, z.jsxs)(l, {
              className: `section-toolbar`,
              noMinHeight: !0,
              children: [
                !j && !x && (0, z.jsx)(`div`, { className: `section-title`, children: `Tests` }),
                x && be(x, j ? A.testIds.size : x.total, !!j),
                (0, z.jsx)(d, { icon: `play`, title: `Run all — F5`, onClick: $, disabled: j || D }),
                (0, z.jsx)(d, {
                  icon: `debug-stop`,
                  title: `Stop — ` + (ve ? `⇧F5` : `Shift + F5`),
                  onClick: () => B?.stopTests({}),
                  disabled: !j || D,
                  testId: `stop-button`,
                }),
                (0, z.jsx)(d, {
                  icon: `eye`,
                  title: `Watch all`,
                  toggled: M,
                  onClick: () => {
                    F({ value: new Set() }), N(!M);
                  },
                }),
                (0, z.jsx)(d, {
                  icon: `collapse-all`,
                  title: `Collapse all`,
                  onClick: () => {
                    ie(ne + 1);
                  },
                }),
                (0, z.jsx)(d, {
                  icon: `expand-all`,
                  title: `Expand all`,
                  onClick: () => {
                    se(oe + 1);
                  },
                }),
              ],
            }),
            (0, z.jsx)(fe, {
              filterText: e,
              testModel: g,
              testTree: Z,
              testServerConnection: B,
              runningState: A,
              runTests: Q,
              onItemSelected: T,
              watchAll: M,
              watchedTreeIds: P,
              setWatchedTreeIds: F,
              isLoading: D,
              requestedCollapseAllCount: ne,
              requestedExpandAllCount: oe,
              setFilterText: n,
              onRevealSource: De,
            }),
            (0, z.jsxs)(l, {
              noShadow: !0,
              noMinHeight: !0,
              className: `settings-toolbar`,
              onClick: () => Se(!K),
              children: [
                (0, z.jsx)(`span`, {
                  className: `codicon codicon-${K ? `chevron-down` : `chevron-right`}`,
                  style: { marginLeft: 5 },
                  title: K ? `Hide Testing Options` : `Show Testing Options`,
                }),
                (0, z.jsx)(`div`, { className: `section-title`, children: `Testing Options` }),
              ],
            }),
            K &&
              (0, z.jsx)(s, {
                settings: [
                  { type: `check`, value: Oe, set: ke, name: `Single worker` },
                  { type: `check`, value: Me, set: Ne, name: `Stop on first failure` },
                  {
                    type: `select`,
                    options: [
                      { label: `Default`, value: `default` },
                      { label: `All`, value: `all` },
                      { label: `Changed`, value: `changed` },
                      { label: `Missing`, value: `missing` },
                      { label: `None`, value: `none` },
                    ],
                    value: q,
                    set: Ae,
                    name: `Update snapshots`,
                  },
                ],
              }),
            (0, z.jsxs)(l, {
              noShadow: !0,
              noMinHeight: !0,
              className: `settings-toolbar`,
              onClick: () => xe(!W),
              children: [
                (0, z.jsx)(`span`, {
                  className: `codicon codicon-${W ? `chevron-down` : `chevron-right`}`,
                  style: { marginLeft: 5 },
                  title: W ? `Hide Settings` : `Show Settings`,
                }),
                (0, z.jsx)(`div`, { className: `section-title`, children: `Settings` }),
              ],
            }),
            W && (0, z.jsx)(b, { location: `ui-mode`, model: Te }),
          ],
        }),
      }),
    ],
  });
};
(async () => {
  if ((c(), window.location.protocol !== `file:`)) {
    if (!navigator.serviceWorker)
      throw Error(`Service workers are not supported.\nMake sure to serve the website (${window.location}) via HTTPS or localhost.`);
    navigator.serviceWorker.register(`sw.bundle.js`),
      navigator.serviceWorker.controller ||
        (await new Promise((e) => {
          navigator.serviceWorker.oncontrollerchange = () => e();
        })),
      setInterval(() => {
        fetch(`ping`);
      }, 1e4);
  }
  D.createRoot(document.querySelector(`#root`)).render((0, z.jsx)(xe, {}));
})();
