#!/usr/bin/env bash
# One-time setup on a Debian or Ubuntu machine: the system packages the suite drives (HAProxy,
# certutil), the npm packages, and a Chromium. Safe to run again; it installs only what is missing.
#
# Chromium: one already here is kept (HAL_CHROMIUM_PATH, Playwright's, or Debian's package).
# Otherwise Playwright's, where it can be downloaded; where it cannot, Debian's `chromium`
# package. Ubuntu has no such package (its `chromium` is a shim that installs the snap, which
# does not run in containers or CI): there, Playwright's download is the way.
# HAProxy: the distribution's. Debian 12 has 2.6 LTS, as production; Ubuntu 22.04 has 2.4 and
# 24.04 has 2.8, whose defaults differ (faults that depend on them adapt: harness/faults/haproxy-template.ts, SinceVersion).
set -euo pipefail
cd "$(dirname "$0")/../.."

distro=$(. /etc/os-release 2>/dev/null && echo "${ID:-unknown}")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: please install: $* (no apt-get here)" >&2
    exit 1
  fi
  echo "setup: installing $* with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
# certutil puts the stack's certificate (or a private CA) into the browser's NSS database.
command -v certutil >/dev/null 2>&1 || need+=(libnss3-tools)
if [ ${#need[@]} -gt 0 ]; then
  apt_install "${need[@]}"
  # The package starts a system HAProxy on port 80; the suite runs its own.
  if [[ " ${need[*]} " == *" haproxy "* ]] && command -v systemctl >/dev/null 2>&1; then
    $sudo systemctl disable --now haproxy >/dev/null 2>&1 || true
  fi
fi
haproxy_bin=$(command -v haproxy || echo /usr/sbin/haproxy)
echo "setup: $("$haproxy_bin" -v | head -n 1)"

[ -d node_modules/@playwright/test ] || npm ci --no-audit --no-fund

playwright_chromium() {
  node -e 'const p = require("playwright-core").chromium.executablePath(); process.exit(require("node:fs").existsSync(p) ? 0 : 1)' 2>/dev/null
}
if [ -n "${HAL_CHROMIUM_PATH:-}" ] || playwright_chromium || [ -x /usr/lib/chromium/chromium ]; then
  echo "setup: a Chromium is installed"
else
  deps=()
  command -v apt-get >/dev/null 2>&1 && deps=(--with-deps)
  if npx playwright install "${deps[@]}" chromium; then
    echo "setup: Playwright's Chromium installed"
  elif [ "$distro" = "debian" ]; then
    echo "setup: Playwright's Chromium could not be downloaded; Debian's package instead"
    apt_install chromium
  else
    echo "setup: Playwright's Chromium could not be downloaded, and $distro has no Chromium package that runs" >&2
    echo "       without snapd. Install a Chromium and set HAL_CHROMIUM_PATH to it, or retry where downloads work." >&2
    exit 1
  fi
fi
echo "setup: done. Run the checklist with: npx playwright test"
