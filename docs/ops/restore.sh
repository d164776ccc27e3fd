#!/usr/bin/env bash
# Restores a dump made by backup.sh into a fresh, empty database (docs/operations.md, 备份与恢复).
#
#   restore.sh /var/backups/jianping/jianping-jianping-20261202-023000.dump [TARGET_DATABASE]
#
# Settings (environment): PGHOST, PGPORT, PGUSER (a role that may create databases; it owns
# everything restored), PG_BIN (folder of pg_restore/createdb when not on PATH), APP_ROLE
# (default jianping_app: the application's login role, created without a password when the
# server lacks it; set its password before starting the application).
#
# The target database must not exist or be empty: restoring over a live database is refused,
# so a mistyped name never overwrites production. Ownership and grants are not restored
# (--no-owner --no-privileges): the objects belong to PGUSER, and the application grants its
# role row access again on its first start (system.AppRoleGrants), revoking UPDATE/DELETE on
# the append-only tables as it always does.
# Start the application on the restored database with the same JIANPING_CRYPTO_KEY (and
# JIANPING_CRYPTO_PREVIOUS_KEYS) as before, or the ID and phone numbers cannot be read.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
	echo "用法：$0 备份文件.dump [目标数据库名，默认 jianping_restored]" >&2
	exit 2
fi
dump=$1
target=${2:-jianping_restored}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
APP_ROLE=${APP_ROLE:-jianping_app}
bin=${PG_BIN:+$PG_BIN/}

log() {
	echo "$(date '+%Y-%m-%d %H:%M:%S') [restore] $*"
}

if [[ ! -r $dump ]]; then
	echo "备份文件不存在或不可读：$dump" >&2
	exit 2
fi
if ! [[ $target =~ ^[a-z_][a-z0-9_]*$ ]]; then
	echo "目标数据库名只能含小写字母、数字和下划线：$target" >&2
	exit 2
fi
if ! [[ $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]]; then
	echo "APP_ROLE 只能含小写字母、数字和下划线：$APP_ROLE" >&2
	exit 2
fi
# A damaged or foreign file fails here, before anything is created.
if ! "${bin}pg_restore" --list "$dump" >/dev/null; then
	echo "无法读取备份文件（不是 pg_dump --format=custom 的备份，或已损坏）：$dump" >&2
	exit 3
fi

psql=("${bin}psql" --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1)
exists=$("${psql[@]}" --dbname=postgres --command="select 1 from pg_database where datname = '$target'")
if [[ $exists == 1 ]]; then
	tables=$("${psql[@]}" --dbname="$target" --command="select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')")
	if [[ $tables != 0 ]]; then
		echo "目标数据库 $target 已有 $tables 张表：拒绝覆盖。请换一个新库名，或确认后先手工删除该库。" >&2
		exit 4
	fi
	log "目标数据库 $target 已存在且为空"
else
	"${bin}createdb" --encoding=UTF8 --template=template0 "$target"
	log "已新建数据库 $target"
fi

role=$("${psql[@]}" --dbname=postgres --command="select 1 from pg_roles where rolname = '$APP_ROLE'")
if [[ $role != 1 ]]; then
	"${psql[@]}" --dbname=postgres --command="create role $APP_ROLE login"
	log "已新建应用角色 $APP_ROLE（无口令：启动应用前请 ALTER ROLE $APP_ROLE PASSWORD '...'）"
fi

log "开始恢复 $dump -> $PGUSER@$PGHOST:$PGPORT/$target（$("${bin}pg_restore" --version)）"
# One transaction: either everything is restored or nothing is.
"${bin}pg_restore" --dbname="$target" --no-owner --no-privileges --single-transaction --exit-on-error "$dump"
"${psql[@]}" --dbname="$target" --command="analyze" >/dev/null
tables=$("${psql[@]}" --dbname="$target" --command="select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p') and n.nspname = 'public'")
log "恢复完成：$target 中 $tables 张表。请以原 JIANPING_CRYPTO_KEY 启动应用（spring.datasource.url 指向 $target）并核对行数。"
