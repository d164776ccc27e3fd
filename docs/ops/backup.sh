#!/usr/bin/env bash
# Nightly logical backup of the jianping database (docs/operations.md, 备份与恢复).
#
#   pg_dump --format=custom  ->  $BACKUP_DIR/jianping-<database>-<yyyyMMdd-HHmmss>.dump
#   pg_dumpall --globals-only ->  $BACKUP_DIR/jianping-globals-<yyyyMMdd-HHmmss>.sql
#                                (the roles and their grants, which pg_dump leaves out; needs a
#                                superuser, and is skipped with a warning without one)
#   then deletes the dump and globals files older than $KEEP_DAYS days.
#
# Settings (environment):
#   PGHOST, PGPORT, PGUSER, PGDATABASE  the server and database (libpq's own variables;
#                                        the password from PGPASSWORD or ~/.pgpass)
#   BACKUP_DIR                           where dumps go (default /var/backups/jianping)
#   KEEP_DAYS                            days of dumps kept (default 14; 0 keeps all)
#   PG_BIN                               folder of pg_dump when not on PATH (its major
#                                        version must be at least the server's)
#   BACKUP_GLOBALS                       yes (default) or no: also dump the roles
#
# cron (02:30 every night, as the postgres user of the backup host):
#   30 2 * * * PGDATABASE=jianping BACKUP_DIR=/var/backups/jianping KEEP_DAYS=14 /opt/jianping/backup.sh >>/var/log/jianping-backup.log 2>&1
#
# The dump holds the ID and phone numbers only as ciphertext; the key that opens them
# (JIANPING_CRYPTO_KEY) is not in the database and must be kept apart, as the docs say.
set -euo pipefail

: "${PGDATABASE:?请设置 PGDATABASE（要备份的数据库名）}"
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE
BACKUP_DIR=${BACKUP_DIR:-/var/backups/jianping}
KEEP_DAYS=${KEEP_DAYS:-14}
pg_dump=${PG_BIN:+$PG_BIN/}pg_dump
pg_dumpall=${PG_BIN:+$PG_BIN/}pg_dumpall
BACKUP_GLOBALS=${BACKUP_GLOBALS:-yes}

log() {
	echo "$(date '+%Y-%m-%d %H:%M:%S') [backup] $*"
}

if ! [[ $KEEP_DAYS =~ ^[0-9]+$ ]]; then
	echo "KEEP_DAYS 须为非负整数（保留天数），当前为：$KEEP_DAYS" >&2
	exit 2
fi
if ! command -v "$pg_dump" >/dev/null 2>&1; then
	echo "找不到 pg_dump（$pg_dump）：请安装与服务器同一主版本或更新的 PostgreSQL 客户端，或设置 PG_BIN" >&2
	exit 2
fi

mkdir -p "$BACKUP_DIR"
chmod 700 "$BACKUP_DIR"
stamp=$(date '+%Y%m%d-%H%M%S')
file="$BACKUP_DIR/jianping-$PGDATABASE-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

log "开始备份 $PGUSER@$PGHOST:$PGPORT/$PGDATABASE -> $file（$("$pg_dump" --version)）"
# Written under another name first: a dump cut short by a crash is never taken for a good one.
umask 077
"$pg_dump" --format=custom --compress=6 --file="$partial" --dbname="$PGDATABASE"
mv "$partial" "$file"
log "备份完成：$file（$(du -h "$file" | cut -f1)）"

if [[ $BACKUP_GLOBALS == yes ]]; then
	# The roles (jianping_app and the owner) with their attributes: restore.sh recreates a
	# database, but a new server needs them first (docs/operations.md). Passwords are kept as
	# the server's hashes; the file is as private as the dump.
	globals="$BACKUP_DIR/jianping-globals-$stamp.sql"
	if "$pg_dumpall" --globals-only --file="$globals.partial" --database="$PGDATABASE" 2>"$BACKUP_DIR/.globals.err"; then
		mv "$globals.partial" "$globals"
		log "角色备份完成：$globals"
	else
		rm -f "$globals.partial"
		log "警告：未能备份角色（pg_dumpall --globals-only，需要超级用户）：$(tr '\n' ' ' <"$BACKUP_DIR/.globals.err")"
	fi
	rm -f "$BACKUP_DIR/.globals.err"
fi

if ((KEEP_DAYS > 0)); then
	# Only this script's own dumps of this database, and only once a newer one exists (above).
	while IFS= read -r old; do
		rm -f -- "$old"
		log "已删除超过 $KEEP_DAYS 天的备份：$old"
	done < <(find "$BACKUP_DIR" -maxdepth 1 -type f \( -name "jianping-$PGDATABASE-*.dump" -o -name "jianping-globals-*.sql" \) -mtime "+$((KEEP_DAYS - 1))" ! -newer "$file" ! -samefile "$file")
fi
log "当前保留的备份：$(find "$BACKUP_DIR" -maxdepth 1 -type f -name "jianping-$PGDATABASE-*.dump" | wc -l) 个"
