#!/usr/bin/env bash
# Proves that a user keeps working when a Kohtaamo node dies. On loopback, with plain processes (no containers):
#   1. recreates the database kohtaamo_cluster in the local PostgreSQL (role kohtaamo, as .ci/run creates it),
#   2. starts two Payara Micro nodes that form one Hazelcast data grid (TCP/IP discovery), with demo data,
#   3. starts nginx with deploy/nginx/kohtaamo.conf over the two nodes (each browser keeps to one node while it lives),
#   4. checks that a redirect behind a TLS-terminating balancer stays on https (X-Forwarded-Proto),
#   5. runs ClusterFailoverCheck in headless Chromium: the demo employee signs in, steps through a module, the node
#      that served the last page is killed with kill -9, and the employee goes on on the other node without
#      signing in again and without losing progress.
# Exits non-zero on any failure; stops everything it started on exit. Run it as root (it installs nginx if missing).
# Ports: KOHTAAMO_CLUSTER_PORT (nginx, default 18080), the nodes on the next two ports, Hazelcast on 15900-15901.
# CLUSTER_BUILT=1 says the WAR and the test classes are built already (.ci/run's pass 1 built them): the check then runs
# without Maven compiling the tests again.
set -euo pipefail
cd "$(dirname "$0")/../.."

LB_PORT=${KOHTAAMO_CLUSTER_PORT:-18080}
NODE_PORTS=($((LB_PORT + 1)) $((LB_PORT + 2)))
HZ_PORTS=(15900 15901)
DATABASE=kohtaamo_cluster
WORK=$(mktemp -d /tmp/kohtaamo-cluster.XXXXXX)
STARTED=()

say() { echo "== $*"; }

cleanup() {
    local status=$?
    for pid in "${STARTED[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${STARTED[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ "$status" -ne 0 ]; then
        echo "FAILED (exit $status). Logs in $WORK:"
        for log in "$WORK"/*.log; do
            [ -f "$log" ] && { echo "--- tail of $log"; tail -n 30 "$log"; }
        done
    else
        # The nodes' unpacked runtimes take a few hundred megabytes: kept only when something failed.
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT

# Waits until a command succeeds, at most $1 seconds.
wait_for() {
    local seconds=$1
    shift
    for _ in $(seq 1 "$seconds"); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "Timed out after ${seconds}s waiting for: $*" >&2
    return 1
}

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    say "Installing nginx (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if ! ls target/kohtaamo.war target/payara-micro.jar >/dev/null 2>&1; then
    say "Building the WAR"
    mvn -B -q -DskipTests package
fi

say "Recreating the database $DATABASE"
wait_for 30 pg_isready -q -h localhost
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
DROP DATABASE IF EXISTS $DATABASE;
CREATE DATABASE $DATABASE OWNER kohtaamo;
SQL

# Both nodes share 127.0.0.1: host-aware partitioning (Payara's default, right for separate machines) would keep
# every session's backup off the other node, so it is switched off here.
members="127.0.0.1:${HZ_PORTS[0]},127.0.0.1:${HZ_PORTS[1]}"
node_pids=()
# Each node starts, serves one learner's few pages and stops: the quick (C1) compiler alone starts it sooner on two
# cores than with the optimising one competing for them.
start_node() {
    local n=$1 port=$2 hz_port=$3
    KOHTAAMO_DB_URL="jdbc:postgresql://localhost:5432/$DATABASE" \
        KOHTAAMO_DB_USER=kohtaamo KOHTAAMO_DB_PASSWORD=kohtaamo \
        KOHTAAMO_DEMO=true KOHTAAMO_IMPORT_DIR="$WORK/imports" \
        java -Xms256m -Xmx768m -XX:TieredStopAtLevel=1 -jar target/payara-micro.jar \
        --deploy target/kohtaamo.war --contextroot / \
        --name "node$n" --port "$port" --rootdir "$WORK/node$n" \
        --clustername kohtaamo-cluster-test --clustermode "tcpip:$members" \
        --interfaces 127.0.0.1 --startport "$hz_port" --nohostaware \
        --prebootcommandfile src/main/payara/pre-boot-commands.asadmin \
        >"$WORK/node$n.log" 2>&1 &
    STARTED+=($!)
    node_pids+=($!)
}
ready() { curl -fsS "http://127.0.0.1:$1/health/ready"; }

# One after the other: the first node migrates the empty database and loads the demo data alone.
say "Starting node1 on port ${NODE_PORTS[0]}"
start_node 1 "${NODE_PORTS[0]}" "${HZ_PORTS[0]}"
wait_for 240 ready "${NODE_PORTS[0]}"
say "Starting node2 on port ${NODE_PORTS[1]}"
start_node 2 "${NODE_PORTS[1]}" "${HZ_PORTS[1]}"
wait_for 240 ready "${NODE_PORTS[1]}"

say "Checking that both nodes joined one data grid"
wait_for 60 grep -q "DG Size: 2" "$WORK/node2.log"
grep -A4 "DG Size: 2" "$WORK/node2.log" | tail -n 4 | sed 's/^ */   /'

say "Starting nginx on port $LB_PORT (deploy/nginx/kohtaamo.conf)"
mkdir -p "$WORK/nginx"
# The production file, pointed at the loopback nodes; Server-Timing tells the browser check which node answered.
sed -e "s/kohtaamo-1:8080/127.0.0.1:${NODE_PORTS[0]}/" \
    -e "s/kohtaamo-2:8080/127.0.0.1:${NODE_PORTS[1]}/" \
    -e "s/listen 80;/listen 127.0.0.1:$LB_PORT;/" \
    -e 's|proxy_pass http://kohtaamo;|&\n        add_header Server-Timing "upstream;desc=\\"$upstream_addr\\"" always;\n        add_header X-Upstream $upstream_addr always;|' \
    deploy/nginx/kohtaamo.conf >"$WORK/nginx/kohtaamo.conf"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 512; }
http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status upstream=\$upstream_addr route=\$kohtaamo_route';
    access_log $WORK/nginx-access.log upstream;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/kohtaamo.conf;
}
EOF
"$NGINX" -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
STARTED+=($!)
wait_for 30 curl -fsS "http://127.0.0.1:$LB_PORT/health/ready"

say "Checking that a balancer's X-Forwarded-Proto: https keeps redirects on https"
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -H 'X-Forwarded-Proto: https' \
    "http://127.0.0.1:$LB_PORT/learning/my-learning")
echo "   redirect to $location"
case "$location" in
    https://*) ;;
    *) echo "Expected an https redirect, got '$location'" >&2; exit 1 ;;
esac

say "Failover check in headless Chromium through nginx"
compile=test-compile
[[ ${CLUSTER_BUILT:-} == 1 ]] && compile=
mvn -B -ntp -q $compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
    -Dexec.mainClass=fi.kohtaamo.platform.deploy.ClusterFailoverCheck \
    -Dexec.classpathScope=test \
    -Dcluster.url="http://127.0.0.1:$LB_PORT/" \
    -Dcluster.nodes="127.0.0.1:${NODE_PORTS[0]}=${node_pids[0]},127.0.0.1:${NODE_PORTS[1]}=${node_pids[1]}"

say "Checking the surviving node's log for replication problems"
problems=$(grep -h -i -E "NotSerializableException|failed to (save|store|load) session|ViewExpiredException" \
    "$WORK"/node*.log || true)
if [ -n "$problems" ]; then
    echo "$problems" | head -n 20
    exit 1
fi
echo "   none"
say "PASSED"
