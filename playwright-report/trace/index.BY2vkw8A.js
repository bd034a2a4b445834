import { r as e } from "./assets/rolldown-runtime-QTnfLwEv.js";
import "./assets/urlMatch-Cgl6axSs.js";
import {
  i as a,
  r as c,
  v as d,
  g as i,
  s as l,
  _ as n,
  n as o,
  b as r,
  o as s,
  D as t,
  t as u,
} from "./assets/defaultSettingsView-BQT9Z6FV.js";
var f = e(t(), 1),
  p = e(d(), 1),
  m = i(),
  h = () => {
    const [e, t] = f.useState(!1),
      [r, i] = f.useState(),
      [d, p] = f.useState(),
      [h, _] = f.useState(g),
      [v, y] = f.useState({ done: 0, total: 0 }),
      [b, x] = f.useState(!1),
      [S, C] = f.useState(null),
      [w, T] = f.useState(null),
      [E, D] = f.useState(!1),
      O = f.useCallback((e) => {
        const t = new URL(window.location.href);
        if (!e.length) return;
        const n = e.item(0),
          r = URL.createObjectURL(n);
        t.searchParams.append(`trace`, r);
        const a = t.toString();
        window.history.pushState({}, ``, a), i(r), p(n.name), x(!1), C(null);
      }, []);
    f.useEffect(() => {
      const e = async (e) => {
        if (!e.clipboardData?.files.length) return;
        const t = [`application/zip`, `application/x-zip-compressed`];
        for (const n of e.clipboardData.files) if (!t.includes(n.type)) return;
        e.preventDefault(), O(e.clipboardData.files);
      };
      return (document.addEventListener(`paste`, e), () => document.removeEventListener(`paste`, e));
    }),
      f.useEffect(() => {
        const e = (e) => {
          const { method: t, params: n } = e.data;
          if (t !== `load` || !(n?.trace instanceof Blob)) return;
          const r = new File([n.trace], `trace.zip`, { type: `application/zip` }),
            i = new DataTransfer();
          i.items.add(r), O(i.files);
        };
        return (
          window.addEventListener(`message`, e),
          window.opener?.postMessage({ method: `ready` }, `*`),
          window.parent !== window && window.parent.postMessage({ method: `ready` }, `*`),
          () => window.removeEventListener(`message`, e)
        );
      }, [O]);
    const k = f.useCallback(
        (e) => {
          e.preventDefault(), O(e.dataTransfer.files);
        },
        [O],
      ),
      A = f.useCallback(
        (e) => {
          e.preventDefault(), e.target.files && O(e.target.files);
        },
        [O],
      );
    f.useEffect(() => {
      const e = new URL(window.location.href).searchParams,
        n = e.get(`trace`);
      if ((t(e.has(`isServer`)), n?.startsWith(`file:`))) {
        T(n || null);
        return;
      }
      if (e.has(`isServer`)) {
        const e = new URL(`../ws`, window.location.toString());
        e.protocol = window.location.protocol === `https:` ? `wss:` : `ws:`;
        const t = new o(new c(e));
        t.onLoadTraceRequested(async (e) => {
          i(e.traceUrl), x(!1), C(null);
        }),
          t.initialize({}).catch(() => {});
      } else n && !n.startsWith(`blob:`) && i(n);
    }, []);
    const j = f.useCallback(async (e) => {
      const t = new URLSearchParams();
      t.set(`trace`, e);
      const r = await fetch(`contexts?${t.toString()}`);
      if (!r.ok) {
        const { error: e } = await r.json();
        return (C(e), e);
      }
      const i = new n(e, await r.json());
      y({ done: 0, total: 0 }), C(null), _(i);
    }, []);
    f.useEffect(() => {
      (async () => {
        if (!r) {
          _(g);
          return;
        }
        const t = (e) => {
          e.data.method === `progress` && y(e.data.params);
        };
        try {
          navigator.serviceWorker.addEventListener(`message`, t), y({ done: 0, total: 1 });
          let n = await j(r);
          n?.includes(`please grant permission for Local Network Access`) &&
            (await fetch(r, { method: `HEAD`, headers: { "x-pw-serviceworker": `skip` } }), (n = await j(r))),
            n && (e || i(void 0));
        } finally {
          navigator.serviceWorker.removeEventListener(`message`, t);
        }
      })();
    }, [e, r, d, j]);
    const M = v.done !== v.total && v.total !== 0 && !S;
    f.useEffect(() => {
      if (M) {
        const e = setTimeout(() => {
          D(!0);
        }, 200);
        return () => clearTimeout(e);
      } else D(!1);
    }, [M]);
    const N = !!(!e && !b && !w && (!r || S));
    return (0, m.jsxs)(`div`, {
      className: `vbox workbench-loader`,
      onDragOver: (e) => {
        e.preventDefault(), e.dataTransfer.types.includes(`Files`) && x(!0);
      },
      children: [
        (0, m.jsxs)(`div`, {
          className: `hbox workbench-loader-header`,
          ...(N ? { inert: !0 } : {}),
          children: [
            (0, m.jsx)(`div`, { className: `logo`, children: (0, m.jsx)(`img`, { src: `playwright-logo.svg`, alt: `Playwright logo` }) }),
            (0, m.jsx)(`div`, { className: `product`, children: `Playwright` }),
            h.title && (0, m.jsx)(`div`, { className: `title`, children: h.title }),
            (0, m.jsx)(`div`, { className: `spacer` }),
            (0, m.jsx)(s, {
              icon: `settings-gear`,
              title: `Settings`,
              dialogDataTestId: `settings-toolbar-dialog`,
              children: (0, m.jsx)(u, { location: `trace-viewer`, model: h }),
            }),
          ],
        }),
        (0, m.jsx)(a, { model: h, inert: N }),
        w &&
          (0, m.jsxs)(`div`, {
            className: `drop-target`,
            children: [
              (0, m.jsx)(`div`, { children: `Trace Viewer uses Service Workers to show traces. To view trace:` }),
              (0, m.jsxs)(`div`, {
                style: { paddingTop: 20 },
                children: [
                  (0, m.jsxs)(`div`, {
                    children: [`1. Click `, (0, m.jsx)(`a`, { href: w, children: `here` }), ` to put your trace into the download shelf`],
                  }),
                  (0, m.jsxs)(`div`, {
                    children: [`2. Go to `, (0, m.jsx)(`a`, { href: `https://trace.playwright.dev`, children: `trace.playwright.dev` })],
                  }),
                  (0, m.jsx)(`div`, { children: `3. Drop the trace from the download shelf into the page` }),
                ],
              }),
            ],
          }),
        (0, m.jsx)(l, {
          open: E,
          isModal: !0,
          className: `progress-dialog`,
          children: (0, m.jsxs)(`div`, {
            className: `progress-content`,
            children: [
              (0, m.jsx)(`div`, { className: `title`, role: `heading`, "aria-level": 1, children: `Loading Playwright Trace...` }),
              (0, m.jsx)(`div`, {
                className: `progress-wrapper`,
                children: (0, m.jsx)(`div`, {
                  className: `inner-progress`,
                  style: { width: v.total ? (100 * v.done) / v.total + `%` : 0 },
                }),
              }),
            ],
          }),
        }),
        N &&
          (0, m.jsxs)(`div`, {
            className: `drop-target`,
            children: [
              (0, m.jsx)(`div`, { className: `processing-error`, role: `alert`, children: S }),
              (0, m.jsx)(`div`, { className: `title`, role: `heading`, "aria-level": 1, children: `Drop Playwright Trace to load` }),
              (0, m.jsx)(`div`, { children: `or` }),
              (0, m.jsx)(`button`, {
                onClick: () => {
                  const e = document.createElement(`input`);
                  (e.type = `file`), e.click(), e.addEventListener(`change`, (e) => A(e));
                },
                type: `button`,
                children: `Select file`,
              }),
              (0, m.jsx)(`div`, {
                className: `info`,
                children: `Playwright Trace Viewer is a Progressive Web App, it does not send your trace anywhere, it opens it locally.`,
              }),
              (0, m.jsxs)(`div`, { className: `version`, children: [`Playwright v`, `1.65.1`] }),
            ],
          }),
        e &&
          !r &&
          (0, m.jsx)(`div`, {
            className: `drop-target`,
            children: (0, m.jsx)(`div`, { className: `title`, children: `Select test to see the trace` }),
          }),
        b &&
          (0, m.jsx)(`div`, {
            className: `drop-target`,
            onDragLeave: () => {
              x(!1);
            },
            onDrop: (e) => k(e),
            children: (0, m.jsx)(`div`, { className: `title`, children: `Release to analyse the Playwright Trace` }),
          }),
      ],
    });
  },
  g = new n(``, []),
  _ = ({ traceJson: e }) => {
    const [t, r] = f.useState(void 0),
      [i, o] = f.useState(0),
      s = f.useRef(null);
    return (
      f.useEffect(
        () => (
          s.current && clearTimeout(s.current),
          (s.current = setTimeout(async () => {
            try {
              const t = await v(e);
              r(t);
            } catch {
              const e = new n(``, []);
              r(e);
            } finally {
              o(i + 1);
            }
          }, 500)),
          () => {
            s.current && clearTimeout(s.current);
          }
        ),
        [e, i],
      ),
      (0, m.jsx)(a, { isLive: !0, model: t })
    );
  };
async function v(e) {
  const t = new URLSearchParams();
  return (t.set(`trace`, e), new n(e, await (await fetch(`contexts?${t.toString()}`)).json()));
}
(async () => {
  const e = new URLSearchParams(window.location.search);
  if ((r(), window.location.protocol !== `file:`)) {
    if (!navigator.serviceWorker)
      throw Error(`Service workers are not supported.\nMake sure to serve the Trace Viewer (${window.location}) via HTTPS or localhost.`);
    navigator.serviceWorker.register(`sw.bundle.js`),
      navigator.serviceWorker.controller ||
        (await new Promise((e) => {
          navigator.serviceWorker.oncontrollerchange = () => e();
        })),
      setInterval(() => {
        fetch(`ping`);
      }, 1e4);
  }
  const t = e.get(`trace`),
    n = t?.endsWith(`.json`) ? (0, m.jsx)(_, { traceJson: t }) : (0, m.jsx)(h, {});
  p.createRoot(document.querySelector(`#root`)).render(n);
})();
