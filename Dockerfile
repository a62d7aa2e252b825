# Passerelle API and worker image. Native modules (kuzu, better-sqlite3) are
# built by `npm ci` thanks to allowScripts in package.json.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data PORT=4000 HOST=0.0.0.0
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The server compiled to dist/ (started without compiling TypeScript) and the web app.
RUN npm run build && mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["node", "bin/passerelle.js"]
CMD ["start"]
