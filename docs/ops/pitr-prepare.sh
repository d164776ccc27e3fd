#!/usr/bin/env bash
# Prepares a point-in-time recovery (docs/operations.md, 时间点恢复): unpacks a base backup made
# by `pg_basebackup -Ft -z -Xstream` into a new, empty data directory and sets it to replay the
# archived WAL up to a moment, then promote. Start PostgreSQL on that directory afterwards
# (pg_ctl -D DIR start, or the service with its data_directory pointed there). Run it as the
# database's OS user (e.g. sudo -u postgres), so the new directory is that user's.
#
#   pitr-prepare.sh BASE_BACKUP_DIR WAL_ARCHIVE_DIR '2026-12-02 10:29:59+08' NEW_DATA_DIR
#
# BASE_BACKUP_DIR holds base.tar.gz and pg_wal.tar.gz; WAL_ARCHIVE_DIR is where archive_command
# copies WAL to. NEW_DATA_DIR must not exist or be empty: the live data directory is never
# overwritten (move it aside first). The target time needs its offset (+08 for Asia/Shanghai),
# so it means the same moment whatever the server's time zone.
set -euo pipefail

if [[ $# -ne 4 ]]; then
	echo "用法：$0 基础备份目录 WAL归档目录 '恢复到的时刻（含时区，如 2026-12-02 10:29:59+08）' 新数据目录" >&2
	exit 2
fi
base=$1
archive=$2
target=$3
data=$4

log() {
	echo "$(date '+%Y-%m-%d %H:%M:%S') [pitr] $*"
}

for file in "$base/base.tar.gz" "$base/pg_wal.tar.gz"; do
	if [[ ! -r $file ]]; then
		echo "基础备份中缺少 $file（应由 pg_basebackup -Ft -z -Xstream 生成）" >&2
		exit 2
	fi
done
if [[ ! -d $archive ]]; then
	echo "WAL 归档目录不存在：$archive" >&2
	exit 2
fi
if ! [[ $target =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?[+-][0-9]{2}(:?[0-9]{2})?$ ]]; then
	echo "恢复时刻格式应为 'YYYY-MM-DD HH:MM:SS+08'（必须带时区）：$target" >&2
	exit 2
fi
if [[ -e $data && -n "$(ls -A "$data" 2>/dev/null)" ]]; then
	echo "新数据目录不为空，拒绝覆盖：$data（请先把现有数据目录移走）" >&2
	exit 4
fi

mkdir -p "$data"
chmod 700 "$data"
log "解开基础备份 $base 到 $data"
# the files belong to whoever runs this (the database's OS user), not to the numeric owner
# recorded in the archive, which root's tar would otherwise restore
tar --no-same-owner -xzf "$base/base.tar.gz" -C "$data"
mkdir -p "$data/pg_wal"
tar --no-same-owner -xzf "$base/pg_wal.tar.gz" -C "$data/pg_wal"

archive_abs=$(cd "$archive" && pwd)
{
	echo ""
	echo "# pitr-prepare.sh $(date '+%Y-%m-%d %H:%M:%S')：恢复完成、核对数据后删除以下三行，并立即做一次新的基础备份"
	echo "restore_command = 'cp \"$archive_abs/%f\" \"%p\"'"
	echo "recovery_target_time = '$target'"
	echo "recovery_target_action = 'promote'"
} >>"$data/postgresql.auto.conf"
touch "$data/recovery.signal"
log "已设置重放 WAL 到 $target 后转为正常运行；现在在 $data 上启动 PostgreSQL"
