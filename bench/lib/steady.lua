-- Counts the responses that finish after the first `skip` seconds of a run (the first argument
-- after --), so the start, where every client begins at once, is left out of the throughput.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } gt_timespec;
int clock_gettime(int clk, gt_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("gt_timespec")
local function now()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  skip = tonumber(args[1] or "0")
  start = now()
  counted = 0
end

function response(status, headers, body)
  if now() - start >= skip then
    counted = counted + 1
  end
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do
    n = n + t:get("counted")
  end
  io.write(string.format("Counted after skip: %d\n", n))
end
