# Signoff: API and web app on one port. Build: docker compose build (or docker build .)
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build -p api web && npm prune --omit=dev

FROM node:20.19-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The maintenance commands (docker compose exec app npm run audit:verify) run the built API.
COPY --from=build /app/scripts/api-cli.mjs ./scripts/
COPY package.json ./
USER node
VOLUME /data
EXPOSE 3000
CMD ["node", "dist/api/apps/api/src/main.js"]
