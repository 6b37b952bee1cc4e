#!/usr/bin/env bash
# Opens the Microsoft 365 Agents Playground (Microsoft's local Teams-like client) against the bot
# running locally (`dotnet run --project src/GovernanceBot`). Then browse http://127.0.0.1:56150.
#   BOT_URL     the bot's messaging endpoint   (default http://127.0.0.1:3978/api/messages)
#   PORT        the Playground's port          (default 56150)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tests/tools"

if [ ! -x "$tools/node_modules/.bin/agentsplayground" ]; then
  echo "Installing the Playground and the other test tools (npm ci in tests/tools)…"
  (cd "$tools" && npm ci --no-audit --no-fund)
fi

# Both switches keep the Playground fully offline (no telemetry calls).
export APPLICATION_INSIGHTS_NO_STATSBEAT=true
exec "$tools/node_modules/.bin/agentsplayground" \
  -e "${BOT_URL:-http://127.0.0.1:3978/api/messages}" \
  -c msteams --disable-telemetry -p "${PORT:-56150}"
