#!/usr/bin/env bash
# Staff pages at city scale, and the public pages under load, on this machine's loopback only.
#
# For each size in BENCH_SIZES (60 500 5000) starts jianping with the `bench` profile in a fresh
# temporary data directory: the demo accounts, that many fictional institutions with three
# historical rounds, and a current round of that many cases over every stage (system/bench).
# Then, signed in as the demo accounts, it requests each staff page and export twice and prints
# the second request's time and the SQL statements that request itself sent (a bench-only filter counts
# the statements of its thread for requests tagged X-Bench-Tag; /bench/statements?tag= reads them), the
# registry export's
# peak heap increase; and the announcement PDF's first and second request.
# At the last size it runs wrk (50 connections, 2 threads) against a 710-byte static file,
# /login, the lookup API, the lookup page cached (one URL) and uncached (a new query each
# request), and prints req/s and p99 of each with its ratio to the static file.
#
# Environment: BENCH_PORT (18090), BENCH_SIZES ("60 500 5000"), BENCH_DURATION (20s),
# BENCH_WARMUP (5s), BENCH_WRK=0 skips wrk, MVN_FLAGS (-q -o), BENCH_JAR (a built jar to use).
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
root=$(pwd)
port=${BENCH_PORT:-18090}
sizes=${BENCH_SIZES:-"60 500 5000"}
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
base="http://127.0.0.1:${port}"
password='Demo#2026'

if [[ -n "${BENCH_JAR:-}" ]]; then
	jar=$BENCH_JAR
else
	echo "=== 构建 jar"
	# shellcheck disable=SC2086
	./mvnw ${MVN_FLAGS:--q -o} package -DskipTests -Djacoco.skip=true
	jar=$(ls target/jianping-*.jar | grep -v -- '-plain' | head -n 1)
fi

app_pid=
data_dir=
stop_app() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill -TERM "$app_pid" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$app_pid" 2>/dev/null || break
			sleep 1
		done
	fi
	local pidfile="$data_dir/postgres/postmaster.pid"
	if [[ -n "$data_dir" && -f "$pidfile" ]]; then
		local pg_pid
		pg_pid=$(head -n 1 "$pidfile")
		[[ -n "$pg_pid" ]] && kill -INT "$pg_pid" 2>/dev/null || true
		sleep 2
	fi
	[[ -n "$data_dir" ]] && rm -rf "$data_dir"
	app_pid=
	data_dir=
}
trap stop_app EXIT

start_app() {
	local size=$1
	data_dir=$(mktemp -d /tmp/jianping-staff.XXXXXX)
	JIANPING_DATA_DIR="$data_dir" JIANPING_CAPTCHA=false \
		java -Xms512m -Xmx1g -jar "$jar" --spring.profiles.active=bench --server.port="$port" \
		--server.address=127.0.0.1 --jianping.bench.institutions="$size" \
		--jianping.bench.current-cases="$size" >"$data_dir/app.log" 2>&1 &
	app_pid=$!
	for i in $(seq 1 400); do
		grep -q "基准数据已就绪" "$data_dir/app.log" && break
		if ! kill -0 "$app_pid" 2>/dev/null || ((i == 400)); then
			echo "jianping 启动失败：" >&2
			tail -n 40 "$data_dir/app.log" >&2
			exit 1
		fi
		sleep 1
	done
	grep "基准数据已就绪" "$data_dir/app.log" | sed 's/^.*: //'
}

# Signs in as a demo account; its cookies are kept in $data_dir/<user>.jar.
login() {
	local user=$1 jar="$data_dir/$1.jar" csrf
	csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 |
		sed 's/.*value="//; s/"$//')
	curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" \
		--data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
	# center and bureau have the 动态口令 step: the demo secret's current code (RFC 6238)
	local second
	second=$(curl -s -c "$jar" -b "$jar" "$base/login/totp")
	if grep -q 'name="code"' <<<"$second"; then
		csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$second" | head -n 1 | sed 's/.*value="//; s/"$//')
		curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(totp_now)" \
			--data-urlencode "_csrf=$csrf" "$base/login/totp"
	fi
}

totp_now() {
	python3 - <<'PY'
import base64, hashlib, hmac, struct, time
key = base64.b32decode("JIANPINGDEMOTOTP")
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}

statements() {
	curl -s -b "$data_dir/$1.jar" "$base/bench/statements?tag=$1" | grep -o '"statements":[0-9]*' | cut -d: -f2
}

# Requests the page twice as the user; prints the second request's time and statements.
page() {
	local user=$1 label=$2 path=$3 before after t code out
	curl -s -o /dev/null -b "$data_dir/$user.jar" "$base$path"
	out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "X-Bench-Tag: $user" -b "$data_dir/$user.jar" \
		"$base$path")
	code=${out%% *}
	t=${out##* }
	printf '%-8s %-34s %6s %5s %9.0f ms %6d 条 SQL\n' "$size" "$label" "$user" "$code" \
		"$(awk -v t="$t" 'BEGIN {print t * 1000}')" "$(statements "$user")"
}

for size in $sizes; do
	echo "=== ${size} 个案件：启动"
	start_app "$size"
	for user in center bureau district expert1 institution; do login "$user"; done
	ids=$(curl -s -b "$data_dir/center.jar" "$base/bench/ids")
	round=$(grep -o '"round":[0-9]*' <<<"$ids" | cut -d: -f2)
	case_id=$(grep -o '"case":[0-9]*' <<<"$ids" | cut -d: -f2)
	announcement=$(grep -o '"announcement":[0-9]*' <<<"$ids" | cut -d: -f2)
	printf '%-8s %-34s %6s %5s %12s %10s\n' "案件数" "页面" "账号" "状态" "用时" "SQL 条数"
	page center "中心首页 /home/center" /home/center
	page bureau "市局首页 /home/bureau" /home/bureau
	page district "区县首页 /home/district" /home/district
	page expert1 "专家首页 /home/expert" /home/expert
	page institution "机构首页 /home/institution" /home/institution
	page center "评估案件 /cases（中心）" /cases
	page district "评估案件 /cases（区县）" /cases
	page expert1 "评估案件 /cases（专家）" /cases
	page center "评估案件导出（待审核）" "/cases/export?stage=BUREAU_REVIEW"
	page center "案件页 /cases/{id}" "/cases/$case_id"
	page bureau "审核页 /rounds/{id}/review" "/rounds/$round/review"
	page bureau "审核页（已通过）" "/rounds/$round/review?stage=APPROVED"
	page center "备案机构 /institutions" /institutions
	page center "备案机构导出" /institutions/export.xlsx
	page center "公告 PDF（已存储）" "/public/announcements/$announcement.pdf"
	page center "公告 Excel（已存储）" "/public/announcements/$announcement.xlsx"
	heap=$(curl -s -b "$data_dir/center.jar" "$base/bench/heap?reset=true" | grep -o '"used":[0-9]*' | cut -d: -f2)
	curl -s -o /dev/null -b "$data_dir/center.jar" "$base/institutions/export.xlsx"
	peak=$(curl -s -b "$data_dir/center.jar" "$base/bench/heap" | grep -o '"peak":[0-9]*' | cut -d: -f2)
	echo "${size}：备案机构导出（$(curl -s -b "$data_dir/center.jar" "$base/bench/ids" | grep -o '"institutions":[0-9]*' | cut -d: -f2) 个机构）堆峰值增量 $(((peak - heap) / 1048576)) MB"
	if [[ "$size" == "${sizes##* }" && "${BENCH_WRK:-1}" != "0" ]]; then
		echo "=== wrk：50 连接，2 线程，预热 ${warmup}，测量 ${duration}"
		declare -A rps p99
		for target in static login api cached uncached; do
			case $target in
			static) url="$base/js/jianping.js" script= ;;
			login) url="$base/login" script= ;;
			api) url="$base/api/v1/public/institutions" script="$root/docs/bench/lookup-variants.lua" ;;
			cached) url="$base/public/institutions?district=500112" script= ;;
			uncached) url="$base/public/institutions" script="$root/docs/bench/lookup-uncached.lua" ;;
			esac
			args=(-t 2 -c 50 --latency --timeout 5s)
			[[ -n "$script" ]] && args+=(-s "$script")
			wrk "${args[@]}" -d "$warmup" "$url" >/dev/null
			out=$(wrk "${args[@]}" -d "$duration" "$url")
			rps[$target]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
			p99[$target]=$(awk '$1 == "99%" {print $2}' <<<"$out")
			printf '%-10s %10s 请求/秒  p99 %8s  与静态文件之比 %s\n' "$target" "${rps[$target]}" "${p99[$target]}" \
				"$(awk -v a="${rps[$target]}" -v b="${rps[static]}" 'BEGIN {printf "%.2f", a / b}')"
		done
	fi
	stop_app
done
