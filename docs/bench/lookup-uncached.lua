-- wrk script: every request asks the public lookup page something new (a name it has not been
-- asked before), so the anonymous page cache never answers and each request renders the page.
local counter = 0

request = function()
	counter = counter + 1
	return wrk.format("GET", wrk.path .. "?q=" .. "%E5%98%89%E9%99%B5" .. counter)
end
