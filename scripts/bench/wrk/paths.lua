-- Requests paths in turn from the file named by the PATHS environment variable, one path a
-- line (e.g. every live listing's /products/{id}), each thread starting at its own place (its
-- share of the list: two threads never ask for the same page at about the same time, as they did
-- when every thread drew its start from the same unseeded random numbers).
-- Prints the same RESULT line as report.lua.
local paths = {}
local counter = 0
local started = 0

setup = function(thread)
	thread:set("id", started)
	started = started + 1
end

init = function(args)
	for line in io.lines(os.getenv("PATHS")) do
		paths[#paths + 1] = line
	end
	-- Thread n starts n x 0.618... of the way round (0, 0.62, 0.24, 0.85...), apart from the others.
	counter = math.floor(#paths * ((id * 0.6180339887) % 1))
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
