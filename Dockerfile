# One image for the API, the worker and the one-shot migrator (the command differs per service).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production NTM_PROFILE=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# Evidence files live in DATA_DIR/evidence unless a bucket is configured: a directory the app's
# user owns, so a volume mounted there starts owned by it too.
RUN mkdir -p /data/evidence && chown -R node:node /data
ENV DATA_DIR=/data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
