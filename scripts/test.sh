#!/usr/bin/env bash
# The one command that runs every GovernanceBot test on a fresh Debian machine that has the .NET SDK
# and node/npm: it brings the real tools the tests drive (Debian's chromium, the npm test tools
# pinned by tests/tools/package-lock.json), then runs the whole solution's tests and prints a summary
# line computed from the TRX result files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\ntest.sh: %s\n' "$*" >&2; exit 1; }

step "Checking prerequisites"
command -v dotnet >/dev/null || fail "the .NET SDK is missing: install .NET 10 (global.json) and retry."
command -v node >/dev/null || fail "node is missing: install Node.js 20+ with npm and retry."
command -v npm >/dev/null || fail "npm is missing: install npm and retry."
echo "dotnet $(dotnet --version), node $(node --version), npm $(npm --version)"

if [[ ! -x /usr/bin/chromium ]]; then
  step "Installing Debian's chromium (the end-to-end and card-rendering tests drive it)"
  command -v apt-get >/dev/null || fail "/usr/bin/chromium is missing and apt-get is not available: install chromium yourself."
  sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || fail "/usr/bin/chromium is missing and installing it needs root: run 'apt-get install chromium' as root."
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq || fail "apt-get update failed."
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium || fail "apt-get install chromium failed."
  [[ -x /usr/bin/chromium ]] || fail "chromium installed but /usr/bin/chromium is still missing."
fi
echo "$(/usr/bin/chromium --version 2>/dev/null || echo chromium)"

if [[ ! -f /usr/share/dictd/freedict-fra-eng.index || ! -f /usr/share/dictd/freedict-eng-fra.index ]]; then
  step "Installing Debian's FreeDict French-English dictionaries (the catalogue search bridges the languages with them)"
  command -v apt-get >/dev/null || fail "/usr/share/dictd/freedict-fra-eng.* is missing and apt-get is not available: install dict-freedict-fra-eng yourself."
  sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || fail "the FreeDict dictionaries are missing and installing them needs root: run 'apt-get install dict-freedict-fra-eng dict-freedict-eng-fra' as root."
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq || fail "apt-get update failed."
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends dict-freedict-fra-eng dict-freedict-eng-fra \
    || fail "apt-get install dict-freedict-fra-eng dict-freedict-eng-fra failed."
fi
echo "FreeDict: $(ls /usr/share/dictd/freedict-*.index | xargs -n1 basename | tr '\n' ' ')"

step "Restoring the npm test tools (tests/tools, from its lockfile)"
(cd tests/tools && npm ci --no-audit --no-fund --loglevel=error) \
  || fail "npm ci failed in tests/tools (is the npm registry reachable? does package-lock.json match package.json?)."

step "Restoring the packaging scripts' packages (scripts, from its lockfile)"
(cd scripts && npm ci --no-audit --no-fund --loglevel=error) \
  || fail "npm ci failed in scripts (is the npm registry reachable? does package-lock.json match package.json?)."

step "Restoring the benchmark peers (bench/peers, from its lockfile)"
(cd bench/peers && npm ci --no-audit --no-fund --loglevel=error) \
  || fail "npm ci failed in bench/peers (is the npm registry reachable? does package-lock.json match package.json?)."

step "Running dotnet test GovernanceBot.sln"
rm -rf "$results"
mkdir -p "$results"
status=0
dotnet test GovernanceBot.sln --nologo \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results" || status=$?

step "Summary (TRX files in ${results#"$root"/})"
node tests/tools/trx-summary.js "$results" || fail "no test results found in $results: the build probably failed (see above)."
if [[ $status -ne 0 ]]; then
  fail "dotnet test failed (exit code $status); failing tests are listed above, logs and screenshots are under artifacts/test."
fi

# Seconds of each side-by-side suite, so the benchmark harness never rots; the real run is in bench/README.md.
step "Benchmark smoke run (bench compare --smoke)"
dotnet run --project bench/GovernanceBot.Bench -- compare --smoke \
  || fail "the benchmark smoke run failed (errors or non-2xx answers, see above)."

