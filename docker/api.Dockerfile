# syntax=docker/dockerfile:1
# The API image; it also serves the built SPA, so it runs on its own as well as behind web.
# Build from the repository root:  docker build -f docker/api.Dockerfile .
FROM node:20-slim

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
RUN pnpm --filter @roster/web build \
 && mkdir -p packages/api/data \
 && chown node:node packages/api/data

ENV NODE_ENV=production \
    PORT=4000
EXPOSE 4000
USER node
# Node itself, not pnpm (whose shell would leave node behind on SIGTERM): the shutdown in
# main.ts then drains requests and stops the mailer. ./data (SQLite, when no DATABASE_URL) is
# packages/api/data, owned by the node user.
WORKDIR /app/packages/api
VOLUME /app/packages/api/data
CMD ["node", "-r", "@swc-node/register", "src/main.ts"]
