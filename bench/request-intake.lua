-- wrk script for bench/request-intake.sh: POSTs valid, varied applications to /api/v1/requests,
-- counts 201 and other answers per thread, and writes the tracking number of every 201 to
-- <work>/tn-<thread>.txt so the script can check each one is in the database.
-- Arguments (after --): work directory, file with agency codes (one a line).

local threads = {}
local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = {"1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"}
local regions = {"500101", "500102", "500103", "500104", "500105", "500106", "500107", "500108", "110105", "310104", "440305", "510107"}
local topics = {"道路改造项目的立项批复", "环境影响评价报告书", "征地补偿安置方案", "行政处罚决定书", "财政专项资金分配结果",
  "建设工程规划许可证", "学校布局调整规划", "老旧小区改造实施方案", "河道整治工程验收报告", "公共租赁住房分配名单"}
local names = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞", "徐涛", "孙丽"}
local types = {"NATURAL_PERSON", "NATURAL_PERSON", "NATURAL_PERSON", "NATURAL_PERSON", "COMMERCIAL_ENTERPRISE"}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  created, other, errors = 0, 0, 0
  statuses = {}
  agencies = {}
  for line in io.lines(args[2]) do
    if line ~= "" then table.insert(agencies, line) end
  end
  out = io.open(args[1] .. "/tn-" .. tid .. ".txt", "w")
  out:setvbuf("line")
  counter = 0
  math.randomseed(os.time() + tid * 7919)
end

local function residentId(n)
  local year = 1950 + (n % 50)
  local month = 1 + (n % 12)
  local day = 1 + (n % 28)
  local first17 = string.format("%s%04d%02d%02d%03d", regions[1 + n % #regions], year, month, day, n % 1000)
  local sum = 0
  for i = 1, 17 do
    sum = sum + tonumber(first17:sub(i, i)) * weights[i]
  end
  return first17 .. checks[1 + sum % 11]
end

-- 统一社会信用代码 check character (GB 32100)
local alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local cweights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
local function creditCode(n)
  local first17 = string.format("91500000MA%07d", n % 10000000)
  local sum = 0
  for i = 1, 17 do
    sum = sum + (alphabet:find(first17:sub(i, i), 1, true) - 1) * cweights[i]
  end
  local c = (31 - sum % 31) % 31
  return first17 .. alphabet:sub(c + 1, c + 1)
end

function request()
  counter = counter + 1
  local n = tid * 1000003 + counter
  local agency = agencies[1 + math.random(#agencies) - 1]
  local kind = types[1 + n % #types]
  local topic = topics[1 + n % #topics]
  local body
  if kind == "NATURAL_PERSON" then
    body = string.format('{"agencyCode":"%s","applicantType":"NATURAL_PERSON","name":"%s","idType":"RESIDENT_ID_CARD",'
      .. '"idNumber":"%s","phone":"138%08d","email":"user%d@example.com","address":"重庆市渝中区某路%d号",'
      .. '"description":"%d年%s（负载测试第%d件）","format":"ELECTRONIC","delivery":"EMAIL"}',
      agency, names[1 + n % #names], residentId(n), n % 100000000, n, n % 500, 2020 + n % 6, topic, n)
  else
    body = string.format('{"agencyCode":"%s","applicantType":"COMMERCIAL_ENTERPRISE","name":"重庆某某科技有限公司%d",'
      .. '"creditCode":"%s","legalRepresentative":"%s","contactName":"%s","phone":"023-6385%04d",'
      .. '"description":"%d年%s（负载测试第%d件）","format":"PAPER","delivery":"POST","address":"重庆市江北区某路%d号"}',
      agency, n % 1000, creditCode(n), names[1 + n % #names], names[1 + (n + 3) % #names], n % 10000, 2020 + n % 6, topic, n, n % 500)
  end
  return wrk.format("POST", "/api/v1/requests", {["Content-Type"] = "application/json; charset=utf-8"}, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    local tn = body:match('"trackingNumber"%s*:%s*"([^"]+)"')
    if tn then out:write(tn, "\n") else errors = errors + 1 end
  else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
    if other <= 3 then io.stderr:write("non-201: ", status, " ", body:sub(1, 300), "\n") end
  end
end

function done(summary, latency, requests)
  local c, o, e = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
    e = e + t:get("errors")
  end
  io.write(string.format("LUA_201 %d\nLUA_OTHER %d\nLUA_NO_TRACKING_NUMBER %d\n", c, o, e))
  io.write(string.format("LUA_SOCKET_ERRORS connect=%d read=%d write=%d timeout=%d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
