# The suite as an image: Node, Debian's Chromium and the `hal-e2e` CLI, for running
#   docker run --rm -v "$PWD/reports:/reports" hal-e2e verify --target https://… [--ca /ca.pem]
# The context is staged by harness/images/suite-image.ts (`npm run image:build`): app/ holds the
# packed tarball installed with its production dependencies (plain JavaScript, no install
# scripts), so the build needs no npm registry and nothing is compiled for the host's platform.
# The base is Debian's official image where a registry answers, else the same name built from
# Debian packages (harness/images/base.ts). Versions: reference-impl/docker/versions.env.
ARG SUITE_BASE_IMAGE
FROM ${SUITE_BASE_IMAGE}
ARG NODEJS_DEB_VERSION
# Chromium's headless shell drives the page (the build Playwright itself uses for headless runs:
# no GTK, dbus or systemd, some 500 MB less than `chromium`), with one font family for legible
# screenshots; libnss3-tools gives certutil, which trusts a private CA (--ca) in the browser's NSS
# database; tini forwards Ctrl-C and reaps the browser's processes as PID 1.
RUN apt-get update \
 && apt-get install -y --no-install-recommends "nodejs=${NODEJS_DEB_VERSION}" chromium-headless-shell fonts-liberation \
      libnss3-tools ca-certificates tini \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*
COPY app /opt/hal-e2e
ENV PATH=/opt/hal-e2e/node_modules/.bin:${PATH} \
    HAL_CHROMIUM_PATH=/usr/lib/chromium/chromium-headless-shell
# Reports go under <current directory>/reports: mount a host folder at /reports.
WORKDIR /
ENTRYPOINT ["tini", "--", "hal-e2e"]
CMD ["--help"]
