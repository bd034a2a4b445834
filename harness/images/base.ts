/**
 * Base images without a registry: a minimal Debian root file system from Debian's own packages
 * (debootstrap --variant=minbase), imported with `docker import` under the official name
 * (`debian:bookworm-slim`), so the Dockerfiles' FROM lines need no change where Docker Hub is
 * reachable. debootstrap fetches from the same mirror, and through the same proxy, as the
 * host's apt; the image's apt gets the same sources and settings, so `apt-get install` in a
 * Dockerfile behaves as it does on the host.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { $ } from "zx";
import { debianSuite, type Versions } from "./versions.ts";

export const BASE_LABEL = "hal-e2e.base";

/** apt settings of the host that a build inside the image must share (proxy, date checks). */
export async function hostAptSettings(): Promise<{ proxy?: string; aptConf: string }> {
  const dump = (await $({ nothrow: true })`apt-config dump`).stdout;
  const keep = dump.split("\n").filter((l) => /^Acquire::(https?::Proxy|Check-Valid-Until) /.test(l));
  const proxy = /^Acquire::http::Proxy "([^"]+)";/m.exec(dump)?.[1];
  return { proxy, aptConf: keep.map((l) => `${l}\n`).join("") };
}

function sources(suite: string, v: Versions): string {
  return `Types: deb
URIs: ${v.DEBIAN_MIRROR}
Suites: ${suite} ${suite}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${v.DEBIAN_SECURITY_MIRROR}
Suites: ${suite}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`;
}

// As in Debian's official slim images: no documentation, manuals or translations.
const DPKG_SLIM = ["/usr/share/doc/*", "/usr/share/man/*", "/usr/share/info/*", "/usr/share/locale/*"]
  .map((p) => `path-exclude ${p}\n`)
  .concat("path-include /usr/share/doc/*/copyright\n")
  .join("");

const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** Drops what debootstrap leaves behind (downloaded .debs, package lists, documentation). */
async function slim(root: string): Promise<void> {
  for (const dir of ["var/cache/apt/archives", "var/lib/apt/lists"]) {
    for (const entry of await readdir(join(root, dir))) {
      if (entry !== "partial" && entry !== "lock") await rm(join(root, dir, entry), { recursive: true, force: true });
    }
  }
  for (const dir of ["usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale"]) {
    await rm(join(root, dir), { recursive: true, force: true });
    await mkdir(join(root, dir));
  }
}

export async function buildBaseImage(tag: string, v: Versions, log: (line: string) => void): Promise<void> {
  const suite = debianSuite(tag);
  const apt = await hostAptSettings();
  const root = await mkdtemp(join(tmpdir(), `hal-e2e-${suite}-`));
  const env = { ...process.env, ...(apt.proxy ? { http_proxy: apt.proxy } : {}) };
  try {
    log(`${tag}: debootstrap ${suite} from ${v.DEBIAN_MIRROR}${apt.proxy ? ` via ${apt.proxy}` : ""}`);
    await $({ env })`debootstrap --variant=minbase --components=main ${suite} ${root} ${v.DEBIAN_MIRROR}`.quiet();
    await rm(join(root, "etc/apt/sources.list"), { force: true });
    await mkdir(join(root, "etc/apt/sources.list.d"), { recursive: true });
    await writeFile(join(root, "etc/apt/sources.list.d/debian.sources"), sources(suite, v));
    await writeFile(join(root, "etc/apt/apt.conf.d/90hal-e2e-host"), apt.aptConf);
    await writeFile(join(root, "etc/dpkg/dpkg.cfg.d/docker-slim"), DPKG_SLIM);
    await slim(root);
    log(`${tag}: docker import`);
    const changes = [`ENV PATH=${PATH}`, 'CMD ["bash"]', `LABEL ${BASE_LABEL}=debootstrap-${suite}`].flatMap((c) => ["--change", c]);
    await $`tar --numeric-owner -C ${root} -c . | docker import ${changes} - ${tag}`.quiet();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
