#!/usr/bin/env bash
# Lighthouse 12.2.3 (pinned in package.json beside this file) over the mall's public pages, all
# four categories, mobile (Lighthouse's default: a mid-range phone on a slow 4G link), one run a
# page, and a table of the scores. Run it against a running demo:
#
#   ./mvnw spring-boot:run                       # or spring-boot:test-run, any port
#   scripts/audit/lighthouse.sh [base-url]       # default http://localhost:8080
#
# CHROME_PATH picks the browser (default /usr/bin/chromium). Reports (HTML and JSON) are written to
# target/lighthouse/. Scores move by a few points from run to run and drop on a busy machine:
# measure on a quiet one, and set RUNS=3 to keep each page's median performance run.
set -euo pipefail

base="${1:-http://localhost:8080}"
base="${base%/}"
here="$(cd "$(dirname "$0")" && pwd)"
out="${OUT:-$here/../../target/lighthouse}"
runs="${RUNS:-1}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p "$out"

if [ ! -x "$here/node_modules/.bin/lighthouse" ]; then
	(cd "$here" && npm ci --no-audit --no-fund --silent)
fi

# Real addresses of a category, a product and a store, read from the home page.
home="$(curl -fsS "$base/?lang=ko")"
category="$(grep -o 'href="/products?category=[^"&]*"' <<<"$home" | head -1 | sed 's/^href="//; s/"$//')"
product="$(grep -o 'href="/products/[0-9][0-9]*"' <<<"$home" | head -1 | sed 's/^href="//; s/"$//')"
store="$(grep -o 'href="/stores/[^"/?]*"' <<<"$home" | head -1 | sed 's/^href="//; s/"$//')"
if [ -z "$category" ] || [ -z "$product" ] || [ -z "$store" ]; then
	echo "Could not find a category, product and store link on $base/ (is the demo running and seeded?)" >&2
	exit 1
fi

pages=(
	"home=/"
	"search=/products?q=%EC%9B%90%EB%AA%A9"
	"category=$category"
	"product=$product"
	"store=$store"
	"login=/login"
	"cart=/cart"
)

printf '%-9s %-42s %5s %5s %5s %5s\n' page path perf a11y bp seo
for entry in "${pages[@]}"; do
	name="${entry%%=*}"
	path="${entry#*=}"
	best=""
	for run in $(seq 1 "$runs"); do
		report="$out/$name-$run"
		"$here/node_modules/.bin/lighthouse" "$base$path" --quiet \
			--chrome-flags="--headless=new --no-sandbox --disable-gpu --lang=ko-KR" \
			--only-categories=performance,accessibility,best-practices,seo \
			--output=json --output=html --output-path="$report" >/dev/null 2>&1 || {
			echo "lighthouse failed on $base$path" >&2
			continue
		}
		best="$best $report.report.json"
	done
	[ -n "$best" ] || continue
	# The median run by performance (with one run, that run).
	NAME="$name" PAGE_PATH="$path" node -e '
		const fs = require("fs");
		const reports = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
		reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
		const r = reports[Math.floor((reports.length - 1) / 2)];
		const s = (id) => Math.round(r.categories[id].score * 100);
		const [name, path] = [process.env.NAME, process.env.PAGE_PATH];
		console.log(`${name.padEnd(9)} ${path.slice(0, 42).padEnd(42)} ${String(s("performance")).padStart(5)} ${String(s("accessibility")).padStart(5)} ${String(s("best-practices")).padStart(5)} ${String(s("seo")).padStart(5)}`);
		if (process.env.DETAILS) {
			for (const [id, category] of Object.entries(r.categories)) {
				for (const ref of category.auditRefs) {
					const audit = r.audits[ref.id];
					if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) {
						console.log(`          ${id}: ${ref.id} ${audit.displayValue || ""} (${audit.score})`);
					}
				}
			}
		}
	' $best
done
echo "Reports: $out"
