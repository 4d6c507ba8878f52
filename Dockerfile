# pgwarden image: the CLI and the admission webhook (`pgwarden serve`). Built by CI (deploy/e2e/kind.sh, releases);
# there is no Docker engine in the development sandbox, so it is not built there.
# Base pinned by exact version tag; pin the digest too when you release (docker buildx imagetools inspect).
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev --no-audit --no-fund

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY --from=build /src/bin ./bin
# The image's `node` user (uid 1000); the Deployment also sets runAsNonRoot and a read-only root filesystem.
USER 1000:1000
EXPOSE 8443
ENTRYPOINT ["node", "bin/pgwarden"]
CMD ["serve", "--tls-cert=/tls/tls.crt", "--tls-key=/tls/tls.key"]
