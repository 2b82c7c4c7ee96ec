#!/usr/bin/env bash
# Every test: lint, typecheck and format check; unit and HTTP tests; browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== check (lint, typecheck, format)"
npm run --silent check

echo "== unit and HTTP tests"
npx vitest run --config vitest.config.ts

echo "== browser journeys"
npm run --silent test:e2e
