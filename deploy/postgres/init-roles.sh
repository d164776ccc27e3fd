#!/bin/bash
# First start of an empty volume (docker-entrypoint-initdb.d): the owner ($POSTGRES_USER) owns the
# database and runs Flyway; the application's role may log in and nothing else until Flyway's
# callback (system.AppRoleGrants) grants it row access to the tables.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_role="${JIANPING_DB_APP_ROLE:-jianping_app}" -v app_password="$JIANPING_DB_APP_PASSWORD" <<'SQL'
create role :"app_role" login nosuperuser nocreatedb nocreaterole password :'app_password';
revoke create on schema public from public;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "revoke all on database \"$POSTGRES_DB\" from public" \
  -c "grant connect on database \"$POSTGRES_DB\" to \"${JIANPING_DB_APP_ROLE:-jianping_app}\""
