# syntax=docker/dockerfile:1
# The blog as a container image (README, "Running more than one instance"):
#   docker build --build-arg SITE_URL=https://blog.example.fr -t carnet .
#   docker run -p 3000:3000 --env-file .env carnet
# Three stages: the dependencies, the build (Contentlayer, then Next.js's standalone output), and
# the image that runs it: Node 20 slim, the standalone folder only, as a user without rights. No
# secret is read at build time: REVALIDATE_SECRET, PREVIEW_SECRET and REDIS_URL come from the
# environment the container runs in.

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# patch-package runs after the install (package.json's postinstall).
COPY patches ./patches
RUN npm ci --no-audit --no-fund

FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Absolute links, canonical URLs and feeds are written at build time from it.
ARG SITE_URL=http://localhost:3000
ARG PRERENDER_POSTS=
ENV SITE_URL=${SITE_URL} PRERENDER_POSTS=${PRERENDER_POSTS}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build:standalone

FROM node:20-slim AS run
WORKDIR /app
ARG SITE_URL=http://localhost:3000
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 SITE_URL=${SITE_URL}
RUN groupadd --system --gid 1001 carnet && useradd --system --uid 1001 --gid carnet --no-create-home carnet
# The server writes its page cache and resized images under .next/, and the live preview's
# files under .contentlayer/: the user owns the folder.
COPY --from=build --chown=carnet:carnet /app/.next/standalone ./
USER carnet
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop) lets the requests in flight finish before the server exits.
CMD ["node", "server.js"]
