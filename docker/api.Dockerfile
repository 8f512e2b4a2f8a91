# syntax=docker/dockerfile:1
# The API image; it also serves the built SPA, so it runs on its own as well as behind web.
# Build from the repository root:  docker build -f docker/api.Dockerfile .

# Build stage: all dependencies (TypeScript, Vite), then the compiled shared package and API
# (tsc, with decorator metadata), the SPA (with its .br/.gz copies), and a copy of the API with
# production dependencies only (pnpm deploy).
FROM node:20-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary matches this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g pnpm@10.34.9
WORKDIR /app
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/api/package.json packages/api/
COPY packages/web/package.json packages/web/
# A devDependency of api and web (workspace); the lockfile lists it, so the install needs it.
COPY packages/testkit/package.json packages/testkit/
RUN pnpm install --frozen-lockfile
COPY packages ./packages
# --legacy: deploy without switching the workspace to injected packages.
RUN pnpm run build \
 && pnpm --filter @roster/api deploy --prod --legacy /out/api \
 && cp -r packages/web/dist /out/web

# Final image: compiled JavaScript and production dependencies only (no compilers, no swc,
# no TypeScript), run by plain node as the unprivileged node user.
FROM node:20-slim
ENV NODE_ENV=production \
    PORT=4000 \
    WEB_DIST=/app/web
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/web ./web
# ./data (the SQLite file when no DATABASE_URL, development mail) is /app/data, owned by node.
RUN mkdir -p data && chown node:node data
VOLUME /app/data
EXPOSE 4000
USER node
# Node itself, not pnpm: SIGTERM (docker stop) reaches main.ts, which drains requests, stops
# the mailer, closes the database and exits 0. The old-space limit (as `pnpm start` has it):
# without one V8 lets the heap of a 100,000-row import grow by 300 MB of garbage before it
# collects; with it the server stays within about 75 MB (MariaDB) to 110 MB (SQLite) of its idle
# RSS (pnpm bench import-memory, docs/performance.md).
CMD ["node", "--max-old-space-size=256", "dist/main.js"]
