# HAProxy 2.6 LTS from Debian's package, in master-worker mode. The configuration and the
# certificate are copied in when a container is created (the harness renders them per run), so
# one image serves every stack variant. Versions: versions.env (passed as build arguments).
ARG HAPROXY_BASE_IMAGE
FROM ${HAPROXY_BASE_IMAGE}
ARG HAPROXY_DEB_VERSION
ARG SOCAT_DEB_VERSION
RUN apt-get update \
 && apt-get install -y --no-install-recommends "haproxy=${HAPROXY_DEB_VERSION}" "socat=${SOCAT_DEB_VERSION}" \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /run/haproxy /usr/local/etc/haproxy
EXPOSE 8443
# -W: master-worker (reload keeps old workers draining); -S: the master CLI, reached with socat
# through `docker exec`, never published; -db: stay in the foreground as PID 1.
CMD ["haproxy", "-W", "-db", "-S", "/run/haproxy/master.sock", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
