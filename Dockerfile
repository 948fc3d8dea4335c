# syntax=docker/dockerfile:1
# The production image: one image for the API (default command) and the workers
# (`node dist/worker/main.js`), compiled JavaScript only, production dependencies only, non-root.
# Build: docker build -t yijianshi:0.1.0 .   Run: see the README's Production section.

ARG NODE_IMAGE=node:20-slim

# Compiles dist/ (TypeScript → JavaScript, the prebuilt workflow bundle) with every dependency.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The console's built files, when this checkout has the console; an empty directory otherwise.
RUN mkdir -p console/dist && npm run build

FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/var/run/yijianshi
WORKDIR /app
COPY package.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/console/dist ./console/dist
# The only writable place (a read-only root filesystem is fine); the code is root's and read-only to the process.
RUN mkdir -p /var/run/yijianshi && chown node:node /var/run/yijianshi
# `node` (uid 1000) comes with the official Node.js images.
USER node
EXPOSE 3000
CMD ["node", "dist/api/main.js"]
