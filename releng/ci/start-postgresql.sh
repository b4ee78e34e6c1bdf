# Sourced by .ci/run: starts a throw-away PostgreSQL cluster on 127.0.0.1 and exports the
# COUNTERPART_TEST_PG_* variables the store tests read. Idempotent.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_data=$(mktemp -d /tmp/counterpart-pg.XXXXXX)
chown postgres "$pg_data"
su postgres -c "$pg_bin/initdb -D $pg_data -A trust -U postgres" >/dev/null
su postgres -c "$pg_bin/pg_ctl -D $pg_data -o '-c listen_addresses=127.0.0.1 -p 55432 -k /tmp' -w start -l $pg_data/log" >/dev/null
su postgres -c "psql -h 127.0.0.1 -p 55432 -U postgres -c \"CREATE ROLE counterpart LOGIN PASSWORD 'counterpart-test'\"" >/dev/null
su postgres -c "psql -h 127.0.0.1 -p 55432 -U postgres -c \"CREATE DATABASE counterpart_test OWNER counterpart\"" >/dev/null
export COUNTERPART_TEST_PG_URL=jdbc:postgresql://127.0.0.1:55432/counterpart_test
export COUNTERPART_TEST_PG_USER=counterpart
export COUNTERPART_TEST_PG_PASSWORD=counterpart-test
