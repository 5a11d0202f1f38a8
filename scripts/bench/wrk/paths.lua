-- Requests paths in turn from the file named by the PATHS environment variable, one path a
-- line (e.g. every live listing's /products/{id}), each thread starting at its own place.
-- Prints the same RESULT line as report.lua.
local paths = {}
local counter = 0

init = function(args)
	for line in io.lines(os.getenv("PATHS")) do
		paths[#paths + 1] = line
	end
	counter = math.random(#paths)
end

request = function()
	counter = counter % #paths + 1
	return wrk.format("GET", paths[counter])
end

done = function(summary, latency, requests)
	local seconds = summary.duration / 1000000
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
	io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n", summary.requests / seconds,
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, errors))
end
