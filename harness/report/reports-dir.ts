/**
 * Whether a directory can hold a run's reports, decided before anything runs and without
 * creating anything: every existing part of the path is a directory, the nearest existing one is
 * writable, and it is not on a kernel pseudo-filesystem (/proc, /sys, /dev), where a recursive
 * mkdir can spin forever and nothing written is a file anyone can read back.
 */
import { accessSync, constants, realpathSync, statfsSync, statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";

/** statfs magic numbers of filesystems that are views of the kernel, not storage. */
const PSEUDO_FILESYSTEMS: Record<number, string> = {
  40864: "procfs",
  1650812274: "sysfs",
  7377: "devpts",
  2613483: "cgroup",
  1667723888: "cgroup2",
  1684170528: "debugfs",
  1935894131: "securityfs",
};
const PSEUDO_TREES = ["/proc", "/sys", "/dev"];

/** The nearest part of `dir` that exists (itself, or an ancestor), and what follows it. */
function nearestExisting(dir: string): string {
  let at = dir;
  for (;;) {
    try {
      statSync(at);
      return at;
    } catch {
      const up = dirname(at);
      if (up === at) return at;
      at = up;
    }
  }
}

/** Undefined when `path` can hold reports (creating what is missing); else why not. */
export function reportsDirProblem(path: string): string | undefined {
  const dir = resolve(path);
  const existing = nearestExisting(dir);
  const real = realpathSync(existing);
  if (!statSync(existing).isDirectory())
    return existing === dir ? `"${dir}" is a file, not a directory` : `"${existing}" is not a directory, so "${dir}" cannot be made`;
  const tree = PSEUDO_TREES.find((t) => real === t || real.startsWith(`${t}${sep}`));
  const fsType = PSEUDO_FILESYSTEMS[Number(statfsSync(real).type)];
  if (tree || fsType) return `"${dir}" is on ${fsType ?? tree}, a view of the kernel, not storage: reports cannot be written there`;
  try {
    accessSync(real, constants.W_OK | constants.X_OK);
  } catch {
    return `"${existing}" is not writable by this user, so "${dir}" cannot hold reports`;
  }
  return undefined;
}
