# The reference gateway and static server on Debian's Node 20. The build context is staged by
# harness/images/context.ts: the TypeScript of reference-impl transpiled to plain ESM (no tsx and
# no native binaries in the image, so the context does not depend on the host's platform), the
# page, and the one runtime dependency (ws). One image, two commands: see the CMD and the harness.
ARG SERVERS_BASE_IMAGE
FROM ${SERVERS_BASE_IMAGE}
ARG NODEJS_DEB_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends "nodejs=${NODEJS_DEB_VERSION}" \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/hal
COPY . .
ENV HOST=0.0.0.0
USER nobody
EXPOSE 8768 8080
# The gateway by default; the static server is `node static/main.js`.
CMD ["node", "gateway/main.js"]
