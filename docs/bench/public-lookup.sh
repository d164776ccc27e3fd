#!/usr/bin/env bash
# Load test of the public grade lookup, on this machine's loopback only.
#
# Starts jianping with the `bench` profile (5,000 fictional institutions, three rounds of
# confirmed grades, seeded once into a temporary data directory) on 127.0.0.1:$BENCH_PORT, warms
# it up, then runs wrk (50 connections, 2 threads, 30 s each) against:
#   (a) a static asset        /webjars/bootstrap/dist/css/bootstrap.min.css
#   (b) the lookup API        /api/v1/public/institutions  (query variants: lookup-variants.lua)
#   (c) the lookup page       /public/institutions         (same variants)
# and, for comparison, two pages that exist already: /v3/api-docs (JSON) and /login (HTML).
# A target that does not answer 200 is reported and skipped. Prints requests/s, p50 and p99 of
# each, then stops the app (which stops its embedded PostgreSQL) and removes the data directory.
#
# Environment: BENCH_PORT (18089), BENCH_DURATION (30s), BENCH_WARMUP (10s), BENCH_KEEP=1 keeps
# the data directory and log, MVN_FLAGS (-q -o) for building the jar.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
root=$(pwd)
port=${BENCH_PORT:-18089}
duration=${BENCH_DURATION:-30s}
warmup=${BENCH_WARMUP:-10s}
connections=50
threads=2
base="http://127.0.0.1:${port}"
lua="$root/docs/bench/lookup-variants.lua"

# --- wrk -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
	echo "=== 安装 wrk"
	DEBIAN_FRONTEND=noninteractive apt-get install -y wrk ||
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
fi

# --- build -----------------------------------------------------------------------------------
echo "=== 构建 jar"
# shellcheck disable=SC2086
./mvnw ${MVN_FLAGS:--q -o} package -DskipTests
jar=$(ls target/jianping-*.jar | grep -v -- '-plain' | head -n 1)

# --- start -----------------------------------------------------------------------------------
if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then
	echo "端口 ${port} 已被占用，请设置 BENCH_PORT" >&2
	exit 1
fi
data_dir=$(mktemp -d /tmp/jianping-bench.XXXXXX)
log="$data_dir/app.log"
echo "=== 启动 jianping（bench 配置，数据目录 $data_dir，端口 $port）"
JIANPING_DATA_DIR="$data_dir" JIANPING_CAPTCHA=false \
	java -Xms512m -Xmx1g -jar "$jar" --spring.profiles.active=bench --server.port="$port" \
	--server.address=127.0.0.1 >"$log" 2>&1 &
app_pid=$!

stop_app() {
	if kill -0 "$app_pid" 2>/dev/null; then
		echo "=== 停止 jianping（pid $app_pid）"
		kill -TERM "$app_pid" 2>/dev/null || true
		for _ in $(seq 1 60); do
			kill -0 "$app_pid" 2>/dev/null || break
			sleep 1
		done
		kill -0 "$app_pid" 2>/dev/null && kill -KILL "$app_pid" 2>/dev/null || true
	fi
	# The embedded PostgreSQL stops with the app; if the app was killed, stop it by its own pid file.
	local pidfile="$data_dir/postgres/postmaster.pid"
	if [[ -f "$pidfile" ]]; then
		local pg_pid
		pg_pid=$(head -n 1 "$pidfile")
		if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
			echo "=== 停止内置 PostgreSQL（pid $pg_pid）"
			kill -INT "$pg_pid" 2>/dev/null || true
			for _ in $(seq 1 30); do
				kill -0 "$pg_pid" 2>/dev/null || break
				sleep 1
			done
		fi
	fi
	if [[ "${BENCH_KEEP:-}" == "1" ]]; then
		echo "数据目录与日志保留在 $data_dir"
	else
		rm -rf "$data_dir"
	fi
}
trap stop_app EXIT

echo "=== 等待启动和基准数据生成（最多 300 秒）"
for i in $(seq 1 300); do
	if grep -q "基准数据已就绪" "$log"; then
		break
	fi
	if ! kill -0 "$app_pid" 2>/dev/null; then
		echo "jianping 启动失败：" >&2
		tail -n 50 "$log" >&2
		exit 1
	fi
	if ((i == 300)); then
		echo "300 秒内未就绪" >&2
		tail -n 50 "$log" >&2
		exit 1
	fi
	sleep 1
done
grep "基准数据已就绪" "$log" | sed 's/^.*: //'

# --- measure ---------------------------------------------------------------------------------
results=()

measure() {
	local label=$1 path=$2 script=${3:-}
	local url="${base}${path}" code out rps p50 p99 errors
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || echo 000)
	if [[ "$code" != "200" ]]; then
		echo "--- ${label}：${path} 返回 HTTP ${code}，跳过（尚未实现？）"
		results+=("$(printf '%-28s %12s %10s %10s  %s' "$label" "—" "—" "—" "跳过：HTTP $code")")
		return
	fi
	local args=(-t "$threads" -c "$connections" --latency --timeout 5s)
	[[ -n "$script" ]] && args+=(-s "$script")
	echo "--- ${label}：预热 ${warmup}"
	wrk "${args[@]}" -d "$warmup" "$url" >/dev/null
	echo "--- ${label}：测量 ${duration}（${connections} 连接，${threads} 线程）"
	out=$(wrk "${args[@]}" -d "$duration" "$url")
	echo "$out"
	rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	errors=$(awk -F': *' '/Non-2xx or 3xx responses/ {print "非 2xx/3xx：" $2} /Socket errors/ {print "socket 错误：" $2}' <<<"$out" | paste -sd ' ' -)
	results+=("$(printf '%-28s %12s %10s %10s  %s' "$label" "$rps" "$p50" "$p99" "$errors")")
}

measure "(a) 静态资源 bootstrap.min.css" /webjars/bootstrap/dist/css/bootstrap.min.css
measure "(b) 查询 API" /api/v1/public/institutions "$lua"
measure "(c) 查询页面" /public/institutions "$lua"
measure "对照：/v3/api-docs（JSON）" /v3/api-docs
measure "对照：/login（HTML）" /login

echo
echo "=== 结果（wrk，${connections} 连接，${threads} 线程，每项 ${duration}，127.0.0.1）"
printf '%-28s %12s %10s %10s\n' "目标" "请求/秒" "p50" "p99"
printf '%s\n' "${results[@]}"
