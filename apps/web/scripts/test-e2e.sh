#!/bin/sh
# Builds the site once (the shared Turbo task, through scripts/build.mjs), with the build's content
# queries logged for the one-query test, then runs both Playwright suites. Each suite always runs, so a failure in
# one never hides the other's results; the script fails if either failed.
set -u
mkdir -p test-results
rm -f test-results/build-content-queries.log
# Local mode (the sample dataset), whatever the developer's shell says; the servers the suites
# start inherit it too.
export SANITY_PROJECT_ID=
DOORWAY_QUERY_LOG="$PWD/test-results/build-content-queries.log" node "$(dirname "$0")/build.mjs" || exit 1
status=0
playwright test || status=1
playwright test -c playwright.preview.config.ts || status=1
exit "$status"
