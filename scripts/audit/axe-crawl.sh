#!/usr/bin/env bash
# The mall crawled as each demo role with the axe-core outside audits run (pinned in package.json
# beside this file; AuditJourneyTests runs the older one axe-core-selenium ships), at a phone's and
# a desktop's width. Exits non-zero if any page has a serious or critical violation.
#
#   ./mvnw spring-boot:run                       # the demo, with its roles
#   scripts/audit/axe-crawl.sh [base-url]        # default http://localhost:8080
#
# CHROME_PATH picks the browser (default /usr/bin/chromium); PAGES_PER_ROLE bounds the crawl (45).
set -euo pipefail

base="${1:-http://localhost:8080}"
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/node_modules/axe-core" ] || [ ! -d "$here/node_modules/playwright-core" ]; then
	(cd "$here" && npm ci --no-audit --no-fund --silent)
fi
status=0
for width in 390 1280; do
	WIDTH="$width" node "$here/axe-crawl.js" "$base" || status=1
done
exit "$status"
