-- wrk script for the load test (tests/support/loadtest.py): rotate through the URLs in the file named by
-- LOADTEST_URLS (one path per line), count 4xx and 5xx answers, and print the
-- figures as one JSON line at the end.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("LOADTEST_URLS")) do
    if #line > 0 then table.insert(paths, line) end
  end
  -- Each thread starts somewhere else in the list, so the mix is spread over time.
  index = (id * 7919) % #paths
  status_4xx, status_5xx = 0, 0
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  if status >= 500 then
    status_5xx = status_5xx + 1
  elseif status >= 400 then
    status_4xx = status_4xx + 1
  end
end

function done(summary, latency, requests)
  local s4, s5 = 0, 0
  for _, thread in ipairs(threads) do
    s4 = s4 + thread:get("status_4xx")
    s5 = s5 + thread:get("status_5xx")
  end
  local e = summary.errors
  io.write(string.format(
    'LOADTEST {"requests": %d, "duration_s": %.2f, "status_4xx": %d, "status_5xx": %d, ' ..
    '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, ' ..
    '"latency_ms": {"p50": %.1f, "p90": %.1f, "p99": %.1f, "max": %.1f, "mean": %.1f}}\n',
    summary.requests, summary.duration / 1e6, s4, s5, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, latency.mean / 1e3))
end
