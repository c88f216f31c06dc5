# LERS in a container: a release build, then a small Debian image running as a
# non-root user. Build and run:
#   docker build -t lers .
#   docker run -p 8080:8080 -v lers-data:/var/lib/lers \
#     -e LERS_BASE_URL=https://lers.example.com -e LERS_METRICS_TOKEN=... lers
# Settings are LERS_* variables (README, "Configuration"). Probes: GET /healthz
# (alive), GET /readyz (database and blob stores answer). /metrics answers only
# LERS_METRICS_TOKEN (or loopback, if LERS_METRICS_LOOPBACK=true); unset, no one.

FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p lers \
 && install -m 0755 target/release/lers /usr/local/bin/lers

FROM debian:bookworm-slim
# ca-certificates is left unpinned on purpose: it must follow the distribution's
# current root store (S3, SMTP and HI-1 endpoints are reached over TLS).
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 lers \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/lers --create-home \
      --shell /usr/sbin/nologin lers
COPY --from=build /usr/local/bin/lers /usr/local/bin/lers
# The fonts embedded in the PDFs LERS writes are under the SIL OFL, which travels with them.
COPY --from=build /src/crates/lers-app/fonts/OFL.txt /usr/share/doc/lers/fonts-OFL.txt
USER 10001:10001
WORKDIR /var/lib/lers
ENV LERS_DATA_DIR=/var/lib/lers \
    LERS_LISTEN=0.0.0.0:8080 \
    LERS_LOG_FORMAT=json
VOLUME ["/var/lib/lers"]
EXPOSE 8080
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/lers"]
CMD ["serve"]
