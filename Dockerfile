FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# The kit is a workspace package (@rinnalla/subgraph-kit): npm links it from its package.json
COPY subgraphs/kit/package.json subgraphs/kit/
# npm install, not npm ci: which platforms' optional swc builds a registry mirror serves has differed, and npm ci wants all the lock names
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev
USER node
