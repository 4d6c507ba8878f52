# pgwarden image: the CLI and the admission webhook (`pgwarden serve`). Built and pushed by
# .github/workflows/image.yml (GHCR on `v*` tags); deploy/ names it by tag, docs/webhook.md says how to pin a digest.
# Nothing is compiled here: bin/pgwarden runs the committed lib/ bundle (npm run bundle), so the image needs only
# the bundle, package.json (the version) and the production dependencies.
# test/deploy/dockerfile.test.ts checks every COPY source exists and runs the entrypoint from this layout.
# Base pinned by exact version tag; pin the digest too when you release (docker buildx imagetools inspect).
FROM node:24.21.0-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; --ignore-scripts: no dependency runs code at install time.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./package.json
COPY bin ./bin
COPY lib ./lib
# The image's `node` user (uid 1000); the Deployment also sets runAsNonRoot and a read-only root filesystem, which
# pgwarden never writes to (logs go to stdout; the TLS files and the policy are mounted read-only).
USER 1000:1000
EXPOSE 8443
ENTRYPOINT ["node", "bin/pgwarden"]
CMD ["serve", "--tls-cert=/tls/tls.crt", "--tls-key=/tls/tls.key"]
