import { t as e } from "./assets/urlMatch-Cgl6axSs.js";
(async () => {
  if (!navigator.serviceWorker)
    throw Error(`Service workers are not supported.\nMake sure to serve the Trace Viewer (${window.location}) via HTTPS or localhost.`);
  navigator.serviceWorker.register(`sw.bundle.js`),
    navigator.serviceWorker.controller || (await new Promise((e) => (navigator.serviceWorker.oncontrollerchange = e)));
  const t = new URL(location.href).searchParams.get(`trace`),
    n = new URLSearchParams();
  t && n.set(`trace`, t), await fetch(`contexts?` + n.toString());
  const r = new URLSearchParams(location.search).get(`r`);
  if (!r || !e(r, location.href)) return;
  const i = document.querySelector(`iframe`);
  i && (i.src = r);
})();
