-- One request shape for wrk, taken from the environment, and one machine-readable result line.
--   WRK_METHOD  GET (default) or POST
--   WRK_BODY    a file whose contents are sent as the JSON body
--   WRK_TOKEN   a bearer token
wrk.method = os.getenv("WRK_METHOD") or "GET"
wrk.headers["Accept-Language"] = "en"
wrk.headers["Accept"] = "application/json"

local body = os.getenv("WRK_BODY")
if body and body ~= "" then
  local file = assert(io.open(body, "r"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end

local token = os.getenv("WRK_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

-- RESULT <requests> <requests per second> <p50 ms> <p99 ms> <errors incl. non-2xx>
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
end
