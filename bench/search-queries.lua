-- wrk script for bench/search.sh: each connection requests the URLs of a file (one path a line,
-- the 50 fixed queries as /api/v1/search?q=…) in turn, starting at a different line, and counts
-- answers other than 200 (a search must never fail).
-- Argument (after --): the file of paths.

local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  i = (tid * 7) % #paths
  bad = 0
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("bad") end
  io.write(string.format("answers other than 200: %d\n", b))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
