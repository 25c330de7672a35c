# The API image for docker-compose.yml: migrates, seeds and serves over the compose Neo4j (NEO4J_URI).
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "src/cli/main.ts", "start"]
