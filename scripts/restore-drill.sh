#!/usr/bin/env bash
# Restore drill: proves that a backup of the mall's database can be restored and holds what it
# should. It dumps SOURCE with pg_dump (custom format, as docs/backup.md's nightly backup does),
# restores the dump into a fresh database with pg_restore, and then checks that
#   1. every table of the source has the same number of rows in the copy, and
#   2. the settlement ledger is whole: every journal entry balances (debits = credits), and every
#      ledger account (account, seller) has the same balance in the copy as in the source.
# The dump and the source's counts are taken in one snapshot (pg_export_snapshot), so a mall that
# keeps taking orders while the drill runs cannot make the comparison lie either way.
#
# Usage: scripts/restore-drill.sh SOURCE_DB [TARGET_DB] [--keep]
#   The server comes from the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); the user must
#   be allowed to create databases. TARGET_DB (default SOURCE_DB_restore_drill) is dropped and made
#   afresh; it is dropped again at the end unless --keep is given. pg_dump must be at least as new
#   as the server.
# Exit status: 0 when the copy matches, 1 when it does not (the differences are printed), 2 on a
# usage or tool error.
set -euo pipefail

keep=false
args=()
for arg in "$@"; do
	case "$arg" in
	--keep) keep=true ;;
	-h | --help)
		sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*) args+=("$arg") ;;
	esac
done
if [ "${#args[@]}" -lt 1 ] || [ "${#args[@]}" -gt 2 ]; then
	echo "usage: $0 SOURCE_DB [TARGET_DB] [--keep]" >&2
	exit 2
fi
source_db="${args[0]}"
target_db="${args[1]:-${source_db}_restore_drill}"
if [ "$source_db" = "$target_db" ]; then
	echo "restore-drill: the target must not be the source ($source_db)" >&2
	exit 2
fi
for tool in pg_dump pg_restore psql; do
	command -v "$tool" >/dev/null || { echo "restore-drill: $tool is not installed" >&2; exit 2; }
done

work="$(mktemp -d)"
cleanup() {
	if [ -n "${snapshot_pid:-}" ]; then
		kill "$snapshot_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
	if [ "$keep" = false ]; then
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$target_db\" WITH (FORCE)" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

started=$(date +%s)
# PostgreSQL's NOTICEs ("database does not exist, skipping") are not news here.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql_at() { psql -X -q -v ON_ERROR_STOP=1 -t -A -F '|' -d "$1" "${@:2}"; }

# What to count: every ordinary table of the public schema, and the ledger's balances.
tables_sql="SELECT format('SELECT %L AS name, count(*) AS rows FROM %I.%I', c.relname, n.nspname, c.relname)
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.relkind IN ('r', 'p') AND n.nspname = 'public' ORDER BY c.relname"
counts_query() {
	local db="$1" parts
	parts="$(psql_at "$db" -c "$tables_sql" | paste -sd '#' - | sed 's/#/ UNION ALL /g')"
	if [ -z "$parts" ]; then
		echo "SELECT 'no tables', 0"
	else
		echo "SELECT name, rows FROM ($parts) counted ORDER BY name"
	fi
}
has_ledger_sql="SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'settlement_journal_posting'"
balances_sql="SELECT account || ':' || COALESCE(seller_id::text, '-'), SUM(debit) - SUM(credit)
	FROM settlement_journal_posting GROUP BY account, seller_id ORDER BY 1"
unbalanced_sql="SELECT entry_id, SUM(debit) - SUM(credit) FROM settlement_journal_posting
	GROUP BY entry_id HAVING SUM(debit) <> SUM(credit) ORDER BY entry_id"

# 1. One snapshot of the source: a session holds it open while pg_dump and the counts read it.
mkfifo "$work/to-psql"
psql -X -q -t -A -F '|' -v ON_ERROR_STOP=1 -d "$source_db" <"$work/to-psql" >"$work/snapshot.out" 2>"$work/snapshot.err" &
snapshot_pid=$!
exec 3>"$work/to-psql"
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&3
for _ in $(seq 1 100); do
	[ -s "$work/snapshot.out" ] && break
	if ! kill -0 "$snapshot_pid" 2>/dev/null; then
		echo "restore-drill: cannot open $source_db: $(cat "$work/snapshot.err")" >&2
		exit 2
	fi
	sleep 0.1
done
snapshot="$(head -n 1 "$work/snapshot.out")"
[ -n "$snapshot" ] || { echo "restore-drill: no snapshot from $source_db" >&2; exit 2; }

# 2. The backup, exactly as docs/backup.md takes it.
pg_dump -d "$source_db" --format=custom --no-owner --no-privileges --snapshot="$snapshot" --file="$work/backup.dump"
dump_size=$(stat -c %s "$work/backup.dump")

# 3. The source's figures, read in the same snapshot as the dump.
ledger=$(psql_at "$source_db" -c "$has_ledger_sql")
{
	echo "\\o $work/source-counts.txt"
	counts_query "$source_db"
	echo ";"
	if [ "$ledger" = 1 ]; then
		echo "\\o $work/source-balances.txt"
		echo "$balances_sql;"
	fi
	echo "\\o"
	echo "COMMIT;"
	echo "\\q"
} >&3
exec 3>&-
wait "$snapshot_pid" || { echo "restore-drill: counting $source_db failed: $(cat "$work/snapshot.err")" >&2; exit 2; }
snapshot_pid=
[ "$ledger" = 1 ] || : >"$work/source-balances.txt"

# 4. A fresh database, restored from the dump alone.
psql_at postgres -c "DROP DATABASE IF EXISTS \"$target_db\" WITH (FORCE)" >/dev/null
psql_at postgres -c "CREATE DATABASE \"$target_db\" ENCODING 'UTF8' TEMPLATE template0" >/dev/null
if ! pg_restore --dbname="$target_db" --no-owner --no-privileges --exit-on-error "$work/backup.dump"; then
	echo "FAIL pg_restore could not restore the dump of $source_db into $target_db (its error is above)"
	echo "restore-drill: FAILED ($source_db -> $target_db)"
	exit 1
fi

# 5. The copy's figures.
psql_at "$target_db" -c "$(counts_query "$target_db")" >"$work/target-counts.txt"
if [ "$ledger" = 1 ]; then
	psql_at "$target_db" -c "$balances_sql" >"$work/target-balances.txt"
	psql_at "$target_db" -c "$unbalanced_sql" >"$work/target-unbalanced.txt"
else
	: >"$work/target-balances.txt"
	: >"$work/target-unbalanced.txt"
fi

failed=false
if ! diff -u "$work/source-counts.txt" "$work/target-counts.txt" >"$work/counts.diff"; then
	echo "FAIL row counts differ between $source_db (-) and $target_db (+):"
	cat "$work/counts.diff"
	failed=true
fi
if [ -s "$work/target-unbalanced.txt" ]; then
	echo "FAIL journal entries that do not balance in $target_db (entry, debits - credits):"
	cat "$work/target-unbalanced.txt"
	failed=true
fi
if ! diff -u "$work/source-balances.txt" "$work/target-balances.txt" >"$work/balances.diff"; then
	echo "FAIL ledger balances differ between $source_db (-) and $target_db (+):"
	cat "$work/balances.diff"
	failed=true
fi

tables=$(wc -l <"$work/source-counts.txt")
rows=$(awk -F '|' '{ sum += $2 } END { print sum + 0 }' "$work/source-counts.txt")
accounts=$(wc -l <"$work/source-balances.txt")
seconds=$(($(date +%s) - started))
if [ "$failed" = true ]; then
	echo "restore-drill: FAILED ($source_db -> $target_db, ${seconds}s)"
	exit 1
fi
echo "restore-drill: OK $source_db -> $target_db: $tables tables, $rows rows, $accounts ledger balances equal, every journal entry balanced; dump $dump_size bytes, ${seconds}s"
