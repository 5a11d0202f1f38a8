#!/usr/bin/env bash
# Two instances of the mall on one database behind nginx, and a wrk load test through it
# (docs/performance.md, "Two instances"):
#   scripts/bench/two-instances.sh DBNAME [seconds per page, default 30]
# 1. installs nginx (the Debian package) with apt-get if it is missing;
# 2. starts two instances of target/valuemall-*.jar on DBNAME (filled by fill-database.sh), ports
#    APP1_PORT and APP2_PORT (default 8181, 8182), and waits until both are healthy;
# 3. writes an nginx.conf into a temporary directory (no system configuration is touched) that
#    balances NGINX_PORT (default 8180) over both, and starts nginx from there;
# 4. runs wrk -t2 -c32 (WRK_CONNECTIONS) through nginx on the product pages (random live
#    listings), the home page and a search, then prints how many requests each instance served;
# 5. stops nginx and both instances and removes the temporary directory, also on failure or ^C.
# PostgreSQL is reached as PGHOST/PGPORT/PGUSER (default 127.0.0.1, 5432, postgres).
set -euo pipefail

db=${1:?usage: scripts/bench/two-instances.sh DBNAME [seconds per page]}
seconds=${2:-30}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
app1=${APP1_PORT:-8181}
app2=${APP2_PORT:-8182}
front=${NGINX_PORT:-8180}
connections=${WRK_CONNECTIONS:-32}
heap=${APP_HEAP:-768m}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
	echo "installing nginx"
	if [[ $(id -u) -eq 0 ]]; then
		apt-get install -y -q nginx >/dev/null
	else
		sudo apt-get install -y -q nginx >/dev/null
	fi
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

jar=$(ls "$root"/target/valuemall-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -B -q package -DskipTests -Djacoco.skip=true)
	jar=$(ls "$root"/target/valuemall-*.jar | grep -v original | head -1)
fi

work=$(mktemp -d /tmp/two-instances-XXXX)
pids=()
cleanup() {
	[[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${pids[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$work"
}
trap cleanup EXIT

for port in "$app1" "$app2"; do
	java -Xmx"$heap" -XX:+UseParallelGC -jar "$jar" --server.port="$port" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
		--spring.datasource.password="${PGPASSWORD:-}" --server.forward-headers-strategy=framework \
		>"$work/app-$port.log" 2>&1 &
	pids+=($!)
done
echo "starting two instances on $db (ports $app1, $app2; logs in $work)"
for port in "$app1" "$app2"; do
	for _ in $(seq 1 300); do
		curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
		sleep 1
	done
	curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" || {
		echo "instance on $port is not healthy after 5 minutes: see $work/app-$port.log" >&2
		tail -20 "$work/app-$port.log" >&2
		exit 1
	}
done

mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    log_format upstream '\$upstream_addr \$status';
    access_log $work/nginx/access.log upstream buffer=64k;
    client_max_body_size 110m;
    upstream mall {
        server 127.0.0.1:$app1;
        server 127.0.0.1:$app2;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$front;
        location / {
            proxy_pass http://mall;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host;
            proxy_set_header X-Forwarded-Port \$server_port;
        }
    }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx.conf"
for _ in $(seq 1 20); do
	curl -sf -o /dev/null "http://127.0.0.1:$front/actuator/health" && break
	sleep 0.5
done
echo "nginx on $front in front of both"

ids=$(psql -d "$db" -Atc "SELECT id FROM product WHERE status = 'LIVE' ORDER BY random() LIMIT 1000" | paste -sd, -)
[[ -n "$ids" ]] || { echo "no live listings in $db: fill it with scripts/bench/fill-database.sh" >&2; exit 1; }
cat >"$work/products.lua" <<EOF
local ids = { $ids }
request = function()
  return wrk.format("GET", "/products/" .. ids[math.random(#ids)])
end
EOF

run() {
	echo
	echo "== $1 (wrk -t2 -c$connections -d${seconds}s --latency)"
	shift
	wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|99)%"
}
run "product pages, random among 1,000 live listings" -s "$work/products.lua" "http://127.0.0.1:$front"
run "home /" "http://127.0.0.1:$front/"
run "search /products?q=원목" "http://127.0.0.1:$front/products?q=%EC%9B%90%EB%AA%A9"

# a graceful stop writes out nginx's buffered log
nginx_pid=$(cat "$work/nginx.pid")
kill -QUIT "$nginx_pid"
for _ in $(seq 1 20); do
	kill -0 "$nginx_pid" 2>/dev/null || break
	sleep 0.5
done
echo
echo "requests served per instance (upstream, status, count):"
sort "$work/nginx/access.log" | uniq -c | sort -rn | head -10
