#!/usr/bin/env bash
# Two jianping nodes behind nginx on one PostgreSQL 17 server, without Docker, on this machine's
# loopback only: the README's 多节点运行 as a new operator would follow it, then checked.
#
#   1. a PostgreSQL 17 server in a temporary directory (the embedded binaries zonky extracted, or
#      PG_BIN), with an owner role that owns the database and a restricted application role;
#   2. two `java -jar` nodes (ports 18081, 18082) with one JIANPING_CRYPTO_KEY and demo data;
#   3. nginx with deploy/nginx/jianping.conf (upstreams and ports rewritten for loopback, a
#      self-signed certificate) on https://127.0.0.1:18443.
# Then it signs in through nginx, stops the node that answered, and checks that the other one
# keeps the session and accepts its CSRF token; restarts both nodes and checks that the bureau's
# objection list still reads the demo objector's encrypted ID number; and checks that the
# announcement PDF served through nginx embeds a Chinese font. Prints 通过/失败 per check and
# exits non-zero if one failed. Everything is removed at the end (BENCH_KEEP=1 keeps it).
#
# Needs: a built jar (./mvnw -DskipTests package), nginx, openssl, curl, psql, python3, pdffonts.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
root=$(pwd)
jar=$(ls target/jianping-*.jar | grep -v -- '-plain' | head -n 1)
pg_bin=${PG_BIN:-$(dirname "$(ls /tmp/embedded-pg/*/bin/postgres 2>/dev/null | head -n 1)")}
[[ -x "$pg_bin/postgres" ]] || { echo "未找到 PostgreSQL 17 程序：先运行一次 ./mvnw spring-boot:run 或设置 PG_BIN" >&2; exit 2; }
work=$(mktemp -d /tmp/jianping-two-nodes.XXXXXX)
chmod 755 "$work"
pg_port=15439
https=https://127.0.0.1:18443
failures=0
pids=()

check() {
	if [[ "$2" == "0" ]]; then echo "通过：$1"; else echo "失败：$1"; failures=$((failures + 1)); fi
}

cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	[[ -f "$work/nginx/nginx.pid" ]] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
	sleep 2
	runuser -u nobody -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
	if [[ "${BENCH_KEEP:-}" == "1" ]]; then echo "保留在 $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# --- 1. PostgreSQL 17 and the two roles (README 多节点运行) ------------------------------------
# initdb refuses root: the cluster belongs to nobody.
install -d -o nobody "$work/pg"
echo superpass >"$work/superpass" && chown nobody "$work/superpass"
runuser -u nobody -- "$pg_bin/initdb" -D "$work/pg" -U postgres -A scram-sha-256 --pwfile="$work/superpass" \
	-E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u nobody -- "$pg_bin/pg_ctl" -D "$work/pg" -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" \
	-l "$work/pg/server.log" -w start >/dev/null
export PGPASSWORD=superpass
psql=(psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -d postgres -c "create role jianping_owner login password 'ownerpass'" \
	-c "create database jianping owner jianping_owner"
"${psql[@]}" -d jianping -c "create role jianping_app login nosuperuser nocreatedb nocreaterole password 'apppass'" \
	-c "revoke create on schema public from public" -c "alter schema public owner to jianping_owner" \
	-c "revoke all on database jianping from public" -c "grant connect on database jianping to jianping_app"
unset PGPASSWORD

# --- 2. Two nodes ------------------------------------------------------------------------------
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/jianping"
export SPRING_DATASOURCE_USERNAME=jianping_app SPRING_DATASOURCE_PASSWORD=apppass
export SPRING_FLYWAY_USER=jianping_owner SPRING_FLYWAY_PASSWORD=ownerpass
export JIANPING_CRYPTO_KEY=${JIANPING_CRYPTO_KEY:-$(openssl rand -base64 32)}
export JIANPING_DEMO=true JIANPING_CAPTCHA=false
declare -A node_pid
start_node() {
	local port=$1
	JIANPING_DATA_DIR="$work/node-$port" java -Xmx768m -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
		>"$work/node-$port.log" 2>&1 &
	node_pid[$port]=$!
	pids+=("$!")
}
wait_ready() {
	local port=$1
	for _ in $(seq 1 240); do
		[[ "$(curl -s "http://127.0.0.1:$port/actuator/health/readiness")" == *UP* ]] && return 0
		sleep 1
	done
	echo "节点 $port 未就绪：" >&2
	tail -n 30 "$work/node-$port.log" >&2
	return 1
}
stop_node() {
	kill "${node_pid[$1]}" 2>/dev/null || true
	while kill -0 "${node_pid[$1]}" 2>/dev/null; do sleep 1; done
}
start_node 18081
start_node 18082
wait_ready 18081
wait_ready 18082
echo "两个节点已就绪"

# --- 3. nginx with the project's configuration -------------------------------------------------
mkdir -p "$work/nginx/certs" "$work/nginx/logs"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" \
	-keyout "$work/nginx/certs/jianping.key" -out "$work/nginx/certs/jianping.crt" 2>/dev/null
# Debian 12's nginx (1.22) predates the "http2 on;" directive of the compose file's nginx:1.27.
sed -e '/http2 on;/d' -e 's/server app1:8080/server 127.0.0.1:18081/' -e 's/server app2:8080/server 127.0.0.1:18082/' \
	-e 's/listen 443 ssl;/listen 127.0.0.1:18443 ssl;/' -e 's/listen 80;/listen 127.0.0.1:18880;/' \
	-e "s#/etc/nginx/certs#$work/nginx/certs#g" deploy/nginx/jianping.conf >"$work/nginx/jianping.conf"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 256; }
http {
    access_log $work/nginx/logs/access.log;
    include $work/nginx/jianping.conf;
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"

# --- checks ------------------------------------------------------------------------------------
jar_file="$work/cookies"
curl_s=(curl -sk -b "$jar_file" -c "$jar_file")
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
login() {
	local user=$1 token
	rm -f "$jar_file"
	token=$("${curl_s[@]}" "$https/login" | csrf)
	"${curl_s[@]}" -o /dev/null --data-urlencode "username=$user" --data-urlencode 'password=Demo#2026' \
		--data-urlencode "_csrf=$token" "$https/login"
}
signed_in() { "${curl_s[@]}" "$https$1" | grep -q 'id="logout"'; }

login institution
signed_in /home/institution
check "经 nginx 以 institution 登录" $?
# Both nodes see the session: stop one, then the other, with the same cookie.
stop_node 18081
signed_in /home/institution
check "节点 18081 停止后，会话仍有效（由 18082 提供）" $?
token=$("${curl_s[@]}" "$https/home/institution" | csrf)
start_node 18081
wait_ready 18081
stop_node 18082
signed_in /home/institution
check "节点 18082 停止后，同一会话由 18081 继续提供" $?
code=$("${curl_s[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "_csrf=$token" "$https/logout")
[[ "$code" == 302*"/login?logout"* ]]
check "另一节点签发的 CSRF 令牌被接受（退出登录：$code）" $?

# Recreate both nodes with the same key: the demo objector's encrypted ID number stays readable.
stop_node 18081
start_node 18081
start_node 18082
wait_ready 18081
wait_ready 18082
rm -f "$jar_file"
token=$("${curl_s[@]}" "$https/login" | csrf)
"${curl_s[@]}" -o /dev/null --data-urlencode "username=bureau" --data-urlencode 'password=Demo#2026' \
	--data-urlencode "_csrf=$token" "$https/login"
totp=$(python3 - <<'PY'
import base64, hmac, hashlib, struct, time
key = base64.b32decode("JIANPINGDEMOTOTP")
counter = struct.pack(">Q", int(time.time()) // 30)
digest = hmac.new(key, counter, hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
)
token=$("${curl_s[@]}" "$https/login/totp" | csrf)
"${curl_s[@]}" -o /dev/null --data-urlencode "code=$totp" --data-urlencode "_csrf=$token" "$https/login/totp"
# The list shows the decrypted phone masked (138****5678); an unreadable one would read 无法解密.
objections=$("${curl_s[@]}" "$https/objections")
grep -qE '1[0-9]{2}\*{4}[0-9]{4}' <<<"$objections" && ! grep -q '无法解密' <<<"$objections"
check "重建两个节点后，市局待复核异议中加密的联系电话可读（无“无法解密”）" $?

pdf_path=$("${curl_s[@]}" "$https/public/announcements" | grep -o '/public/announcements/[0-9]*\.pdf' | head -n 1)
if [[ -n "$pdf_path" ]]; then
	"${curl_s[@]}" -o "$work/announcement.pdf" "$https$pdf_path"
	pdffonts "$work/announcement.pdf" | tail -n +3 | grep -qiE 'uming|wqy|zenhei|song|ming'
	check "经 nginx 下载的公告 PDF（$pdf_path）嵌入中文字体" $?
else
	check "公告列表中有 PDF 链接" 1
fi

echo "失败 $failures 项"
exit $((failures > 0))
