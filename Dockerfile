FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# The kit is a workspace package (@rinnalla/subgraph-kit): npm links it from its package.json
COPY subgraphs/kit/package.json subgraphs/kit/
# npm ci rejects this lock file (npm 11 leaves out other platforms' optional swc builds), so install from it
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev
USER node
