-- wrk script: rotates query variants of the public grade lookup (name/credit code, district,
-- grade, page) on the path given in the URL, e.g.
--   wrk -s lookup-variants.lua http://127.0.0.1:18089/api/v1/public/institutions
local variants = {
	"",
	"?q=%E5%98%89%E9%99%B5",                          -- 嘉陵
	"?q=52500000BT00012",                             -- credit code prefix
	"?district=500112",
	"?grade=EXCELLENT",
	"?district=500103&grade=QUALIFIED",
	"?page=3",
	"?q=%E6%8A%80%E5%B7%A5%E5%AD%A6%E6%A0%A1&page=1", -- 技工学校
	"?district=CITY&grade=BASIC&page=2",
	"?q=%E5%B7%B4%E6%B8%9D%E8%81%8C%E4%B8%9A",        -- 巴渝职业 (few or no matches)
}

local counter = 0

request = function()
	counter = counter + 1
	return wrk.format("GET", wrk.path .. variants[(counter % #variants) + 1])
end
