# What the load scripts share (sourced, not run): the processes they start are stopped when
# they end, wrk is installed if missing, and wait_for waits for an address to answer.
# After sourcing: add each started process's pid to the array pids.

pids=()
stop_started() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap stop_started EXIT

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

wait_for() { # url seconds
	for _ in $(seq 1 "$2"); do
		curl -fs -o /dev/null "$1" && return 0
		sleep 1
	done
	echo "no answer from $1 after $2 s" >&2
	return 1
}
