# syntax=docker/dockerfile:1
# The SPA behind nginx, which also proxies /graphql to the api service. The build writes .gz
# copies that nginx sends as they are (gzip_static); hashed assets are cached for a year.
# Build from the repository root:  docker build -f docker/web.Dockerfile .
FROM node:20-slim AS build
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/api/package.json packages/api/
COPY packages/web/package.json packages/web/
# A devDependency of api and web (workspace); the lockfile lists it, so the install needs it.
COPY packages/testkit/package.json packages/testkit/
# Only the web package and what it depends on: no native API modules to compile.
RUN pnpm install --frozen-lockfile --filter "@roster/web..."
COPY packages/shared ./packages/shared
COPY packages/web ./packages/web
RUN pnpm --filter @roster/web build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/packages/web/dist /usr/share/nginx/html
EXPOSE 80
