#!/bin/sh
# PostgreSQL for the store tests on a Debian CI machine (run as root): installs the Debian package, starts a
# throw-away cluster on 127.0.0.1:55432 and prints the variables that make the PostgreSQL tests run:
#   eval "$(sh tests/org.counterpart.store.tests/ci/start-postgresql.sh)"
#   ./mvnw verify            # the store tests now run on H2 and on PostgreSQL (and fail if it is unusable)
set -e
command -v apt-get >/dev/null && { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGROOT=${PGROOT:-/tmp/counterpart-pg}
[ -f "$PGROOT/data/postmaster.pid" ] && su postgres -c "$PGBIN/pg_ctl -D $PGROOT/data -m fast -w stop" || true
rm -rf "$PGROOT"; mkdir -p "$PGROOT"; chown postgres "$PGROOT"
su postgres -c "$PGBIN/initdb -D $PGROOT/data -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >/dev/null"
su postgres -c "$PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/server.log -w -o \"-c listen_addresses=127.0.0.1 -p 55432 -k $PGROOT\" start"
su postgres -c "psql -h $PGROOT -p 55432 -U postgres -v ON_ERROR_STOP=1 -c \"CREATE ROLE counterpart LOGIN PASSWORD 'counterpart-test'\" -c \"CREATE DATABASE counterpart_test OWNER counterpart\""
echo "export COUNTERPART_TEST_PG_URL=jdbc:postgresql://127.0.0.1:55432/counterpart_test COUNTERPART_TEST_PG_USER=counterpart COUNTERPART_TEST_PG_PASSWORD=counterpart-test"
