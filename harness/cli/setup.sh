#!/usr/bin/env bash
# One-time setup on a Debian/Ubuntu machine: the system packages the suite drives (HAProxy 2.6
# LTS, Chromium) and the npm packages. Safe to run again; it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
[ -n "${HAL_CHROMIUM_PATH:-}" ] || [ -x /usr/lib/chromium/chromium ] || need+=(chromium)
# certutil puts the stack's certificate (or a private CA) into the browser's NSS database.
command -v certutil >/dev/null 2>&1 || need+=(libnss3-tools)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: please install: ${need[*]} (no apt-get here)" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # The Debian package starts a system HAProxy on port 80; the suite runs its own.
  if [[ " ${need[*]} " == *" haproxy "* ]] && command -v systemctl >/dev/null 2>&1; then
    $sudo systemctl disable --now haproxy >/dev/null 2>&1 || true
  fi
fi
[ -d node_modules/@playwright/test ] || npm ci --no-audit --no-fund
echo "setup: done. Run the checklist with: npx playwright test"
