FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci rejects this lock file (npm 11 leaves out other platforms' optional swc builds), so install from it
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev
USER node
