-- wrk script for the dossier benchmarks: rotates through the request paths in a file, one per
-- line.   wrk -t2 -c64 -d20s --latency -s bench/lib/wrk-paths.lua http://127.0.0.1:PORT/ -- FILE
-- Every target of bench/dossier-lookup.sh runs through this same script (a file of one path for
-- /healthz/live and nginx), so wrk spends the same client-side work on each of them.
local requests = {}
local i = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local file = args[1]
  assert(file, "usage: wrk ... -s wrk-paths.lua URL -- FILE")
  for line in io.lines(file) do
    if line ~= "" then requests[#requests + 1] = wrk.format("GET", line) end
  end
  assert(#requests > 0, "no paths in " .. file)
  -- Each thread starts elsewhere in the list so two threads do not ask for the same dossier together.
  i = ((thread_number or 1) - 1) * 7919 % #requests
end

function request()
  i = i % #requests + 1
  return requests[i]
end
