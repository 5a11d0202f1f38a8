-- Prints one machine-readable line after a wrk run, read by scripts/bench/load.sh:
-- RESULT requests/s p50-ms p99-ms non-2xx/3xx-responses socket-errors
done = function(summary, latency, requests)
	local seconds = summary.duration / 1000000
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
	io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n", summary.requests / seconds,
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end
