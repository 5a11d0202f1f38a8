#!/usr/bin/env bash
# Fills a named PostgreSQL database with the benchmark data set (docs/performance.md):
#   scripts/bench/fill-database.sh DBNAME [stores listings orders shoppers]
# defaults: 2000 approved stores, 100000 live listings, 200000 orders over a year, 20000 shoppers.
#
# 1. creates DBNAME (it must not exist: drop it first with dropdb to refill);
# 2. starts the mall once with the demo profile on it, so Flyway makes the schema and the
#    demo's accounts, stores, listings, images and orders are there, and stops it at "demo ready";
# 3. adds the benchmark rows with set-based SQL (fill.sql);
# 4. rebuilds what the mall derives by events from those rows (derive/*.sql, in name order);
# 5. VACUUM ANALYZE, and prints what it holds.
# PostgreSQL is reached as PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres).
set -euo pipefail

db=${1:?usage: scripts/bench/fill-database.sh DBNAME [stores listings orders shoppers]}
stores=${2:-2000}
listings=${3:-100000}
orders=${4:-200000}
shoppers=${5:-20000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${BENCH_SEED_PORT:-8189}
started=$(date +%s)

jar=$(ls "$root"/target/valuemall-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true)
	jar=$(ls "$root"/target/valuemall-*.jar | grep -v original | head -1)
fi

if psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
	echo "database $db exists: drop it first (dropdb -h $PGHOST -U $PGUSER $db)" >&2
	exit 1
fi
createdb "$db"

log=$(mktemp /tmp/bench-seed-XXXX.log)
echo "seeding the demo into $db (log: $log)"
java -Xmx1g -XX:+UseParallelGC -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
	--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
	--spring.datasource.password="${PGPASSWORD:-}" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
	grep -q "demo ready" "$log" && break
	if ! kill -0 $app 2>/dev/null; then
		echo "the mall stopped before the demo was ready: see $log" >&2
		exit 1
	fi
	sleep 1
done
grep -q "demo ready" "$log" || { echo "no 'demo ready' after 15 minutes: see $log" >&2; exit 1; }
kill $app
wait $app 2>/dev/null || true
trap - EXIT

echo "adding $stores stores, $listings listings, $orders orders, $shoppers shoppers"
psql -q -v ON_ERROR_STOP=1 -v stores="$stores" -v listings="$listings" -v orders="$orders" -v shoppers="$shoppers" \
	-f "$here/fill.sql" "$db" >/dev/null
for derive in "$here"/derive/*.sql; do
	[[ -e "$derive" ]] || continue
	echo "rebuilding $(basename "$derive" .sql)"
	psql -q -v ON_ERROR_STOP=1 -f "$derive" "$db" >/dev/null
done
psql -q -c "VACUUM ANALYZE" "$db"

psql -d "$db" -F ' ' -Atc "
SELECT 'approved stores', count(*) FROM seller_application WHERE status = 'APPROVED'
UNION ALL SELECT 'live listings', count(*) FROM product WHERE status = 'LIVE'
UNION ALL SELECT 'listings with options', count(*) FROM product WHERE status = 'LIVE' AND option_name1 IS NOT NULL
UNION ALL SELECT 'orders', count(*) FROM customer_order
UNION ALL SELECT 'order lines', count(*) FROM order_line
UNION ALL SELECT 'reviews', count(*) FROM product_review
UNION ALL SELECT 'shopper accounts', count(*) FROM user_account_role WHERE role = 'SHOPPER'"
echo "filled $db in $(($(date +%s) - started)) s"
