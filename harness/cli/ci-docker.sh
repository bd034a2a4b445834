#!/usr/bin/env bash
# `npm run ci -- engine`: a Docker engine for the containers runtime inside a privileged CI job
# container (.github/workflows/nightly.yml), as .ci/run starts one on a fresh Debian machine:
# Debian's docker.io and debootstrap, IPv6 off for interfaces made from now on, dockerd in the
# background. The stack publishes its ports on 127.0.0.1, so the engine must share the browser's
# network namespace: the runner's own Docker cannot serve a job container here.
# Does nothing but report when an engine already answers.
set -euo pipefail

if docker info >/dev/null 2>&1; then
  echo "ci-docker: a Docker engine already answers"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ci-docker: needs root (a CI job container); on a workstation start Docker yourself" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
command -v dockerd >/dev/null 2>&1 && command -v debootstrap >/dev/null 2>&1 || {
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends docker.io debootstrap >/dev/null
}
# Chromium aborts requests (ERR_NETWORK_CHANGED) whenever its network namespace gains an
# address; with IPv6 on, every container's veth brings a link-local one.
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
# In a container with its own cgroup v2 namespace, processes sit in the root cgroup, where
# controllers cannot be delegated to child cgroups; move them aside first (as docker:dind does).
if [ -f /.dockerenv ] && [ -f /sys/fs/cgroup/cgroup.controllers ] && [ ! -d /sys/fs/cgroup/init ]; then
  mkdir -p /sys/fs/cgroup/init
  xargs -rn1 </sys/fs/cgroup/cgroup.procs >/sys/fs/cgroup/init/cgroup.procs 2>/dev/null || true
  sed -e 's/ / +/g' -e 's/^/+/' </sys/fs/cgroup/cgroup.controllers >/sys/fs/cgroup/cgroup.subtree_control || true
fi
log=/tmp/hal-e2e-dockerd.log
setsid dockerd >"$log" 2>&1 </dev/null &
if ! timeout 60 sh -c 'until docker info >/dev/null 2>&1; do sleep 0.5; done'; then
  echo "ci-docker: dockerd did not answer within 60 s" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
echo "ci-docker: dockerd answers ($(docker version --format '{{.Server.Version}}'))"
