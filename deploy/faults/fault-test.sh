#!/usr/bin/env bash
# Fault tests, run by .ci/run (with a smaller import) and by hand on a machine with the local PostgreSQL cluster, as root:
#
#   a) a survey import killed mid-file (kill -9 of the server) leaves no partial rows, and after a restart the same
#      import completes with exact counts;
#   b) PostgreSQL stopped for 30 s: signed-in pages, a Faces Ajax request, the public survey and the API answer 503
#      "temporarily unavailable" (no stack trace) within 2 s, /health/ready is DOWN, and everything recovers without
#      restarting Kohtaamo;
#   c) mail server unreachable: the invitation waits in the outbox, is retried, and is delivered exactly once when
#      the server is back. This one is automated in the suite (InvitationsIT); the script runs that test.
#
# Usage: bash deploy/faults/fault-test.sh            (from anywhere; it works in the repository root)
# Settings: FAULT_PORT (18090), FAULT_IMPORT_ROWS (400000), FAULTS (which to run: "import database mail"),
# FAULT_IMPORT_LEASE_SECONDS (20: the killed server's import lease runs out this soon, so the restarted server resumes
# the import without waiting out the production default of 120 s), FAULT_BUILT (1: the WAR and the test classes are
# fresh, as in .ci/run after its first pass, so nothing is compiled while other tests use target/), FAULT_QUIET_AFTER
# (a process id: the database fault, whose answers must come within 2 s, waits until that process has ended).
# It creates (and recreates) its own database kohtaamo_faults owned by the role kohtaamo/kohtaamo, builds the WAR if
# target/kohtaamo.war is missing, prints PASS or FAIL per fault, exits non-zero if any failed, and always stops the
# servers it started and starts PostgreSQL again if it is down. The server log is kept in the work folder it names.
set -uo pipefail
cd "$(dirname "$0")/../.."

PORT=${FAULT_PORT:-18090}
ROWS=${FAULT_IMPORT_ROWS:-400000}
IMPORT_LEASE_SECONDS=${FAULT_IMPORT_LEASE_SECONDS:-20}
FAULTS=${FAULTS:-import database mail}
BASE=http://localhost:$PORT
DB=kohtaamo_faults
UNIT=HKI-KAMPPI
PG_VERSION=$(pg_lsclusters -h | awk '$2 == "main" { print $1; exit }')
WORK=$(mktemp -d /tmp/kohtaamo-faults.XXXXXX)
LOG=$WORK/server.log
SERVER_PID=
CHECK_PID=
WATCHDOG_PID=
FAILED=0
SUMMARY=()

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
pass() { say "PASS $1"; SUMMARY+=("PASS  $1"); }
fail() { say "FAIL $1: $2"; SUMMARY+=("FAIL  $1: $2"); FAILED=1; }
sql() { PGPASSWORD=kohtaamo psql -h localhost -U kohtaamo -d "$DB" -tAqX -c "$1"; }
pg_up() { pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { print $4 }' | grep -q online; }

stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    SERVER_PID=
}

cleanup() {
    if [[ -n $CHECK_PID ]] && kill -0 "$CHECK_PID" 2>/dev/null; then
        kill -- -"$CHECK_PID" 2>/dev/null
    fi
    stop_server
    if [[ -n $WATCHDOG_PID ]]; then
        kill "$WATCHDOG_PID" 2>/dev/null
    fi
    if ! pg_up; then
        say "starting PostgreSQL $PG_VERSION again"
        pg_ctlcluster "$PG_VERSION" main start
    fi
    say "server log and files: $WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts Kohtaamo and waits until /health/ready answers UP. The server starts, answers a few requests and stops: the
# quick (C1) compiler alone starts it sooner on two cores than with the optimising one competing for them.
start_server() {
    echo "----- start $(date -u +%T)" >>"$LOG"
    env KOHTAAMO_DB_URL="jdbc:postgresql://localhost:5432/$DB" KOHTAAMO_DB_USER=kohtaamo KOHTAAMO_DB_PASSWORD=kohtaamo \
        KOHTAAMO_DEMO=true KOHTAAMO_IMPORT_DIR="$WORK/imports" KOHTAAMO_IMPORT_LEASE_SECONDS="$IMPORT_LEASE_SECONDS" \
        java -XX:TieredStopAtLevel=1 -jar target/payara-micro.jar --nocluster --deploy target/kohtaamo.war --contextroot / --port "$PORT" \
        >>"$LOG" 2>&1 &
    SERVER_PID=$!
    local started=$SECONDS
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            say "Kohtaamo stopped while starting; see $LOG"
            return 1
        fi
        if ((SECONDS - started > 900)); then
            say "Kohtaamo was not ready after 900 s; see $LOG"
            return 1
        fi
        sleep 2
    done
    say "Kohtaamo ready in $((SECONDS - started)) s (pid $SERVER_PID)"
}

# count:sum:checksum of the unit's monthly totals, to see that nothing changed.
month_totals() {
    sql "select count(*) || ':' || coalesce(sum(responses), 0) || ':' || md5(coalesce(string_agg(month_start || ','
         || responses || ',' || promoters || ',' || passives || ',' || detractors || ',' || csat_sum || ','
         || csat_count, ';' order by month_start), ''))
         from unit_month_result where unit_id = (select id from unit where code = '$UNIT')"
}

fault_import() {
    local name="a) import killed mid-file"
    local csv=$WORK/kysely-$ROWS.csv mark
    mark=$(date +%s)
    # Distinct rows (the comment numbers them), spread over January to November 2026, Finnish headers and dates.
    awk -v rows="$ROWS" -v unit="$UNIT" -v mark="$mark" 'BEGIN {
        printf "Yksikkö;Päivämäärä;Suositteluhalukkuus;Tyytyväisyys;Avoin palaute\r\n";
        for (i = 1; i <= rows; i++)
            printf "%s;%d.%d.2026 %d:%02d;%d;%d;Vikatesti %s rivi %d\r\n", unit, i % 28 + 1, i % 11 + 1,
                8 + i % 10, i % 60, i % 11, i % 5 + 1, mark, i;
    }' | iconv -f UTF-8 -t WINDOWS-1252 >"$csv"
    say "$name: $(wc -l <"$csv") lines ($(du -h "$csv" | cut -f1)) for $UNIT"

    local before last id state
    before=$(month_totals)
    last=$(sql "select coalesce(max(id), 0) from survey_import")
    say "$name: HR uploads, checks and starts the import in the browser (ImportFaultCheck)"
    setsid mvn -B -ntp -q org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.classpathScope=test \
        -Dexec.mainClass=fi.kohtaamo.platform.faults.ImportFaultCheck -Dexec.args="$BASE/ $csv" \
        >"$WORK/import-check.log" 2>&1 &
    CHECK_PID=$!
    local started=$SECONDS
    while true; do
        state=$(sql "select id || ' ' || status || ' ' || progress from survey_import where id > $last
                     order by id desc limit 1")
        if [[ $state == *" IMPORTING "* && ${state##* } -gt 0 ]]; then break; fi
        if [[ $state == *" DONE "* || $state == *" FAILED "* ]]; then
            fail "$name" "the import was $state before it could be killed (raise FAULT_IMPORT_ROWS)"
            return
        fi
        if ! kill -0 "$CHECK_PID" 2>/dev/null && [[ $state != *IMPORTING* ]]; then
            fail "$name" "the browser could not start the import: $(tail -5 "$WORK/import-check.log")"
            return
        fi
        if ((SECONDS - started > 1200)); then
            fail "$name" "the import did not start importing within 1200 s (last state: $state)"
            return
        fi
        sleep 0.2
    done
    kill -9 "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=
    id=${state%% *}
    say "$name: killed the server (kill -9) while import $id was ${state#* } %"
    # The browser check has done its part (the import runs); one still waiting for a page of the killed server would
    # wait out its own timeout, so it gets a moment to finish and is then stopped.
    for _ in $(seq 3); do kill -0 "$CHECK_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$CHECK_PID" 2>/dev/null && kill -- -"$CHECK_PID"
    wait "$CHECK_PID" 2>/dev/null
    CHECK_PID=
    grep -E '^(checked|import)' "$WORK/import-check.log" | sed 's/^/    /'

    local status partial after
    status=$(sql "select status from survey_import where id = $id")
    partial=$(sql "select count(*) from customer_response where import_id = $id")
    after=$(month_totals)
    say "$name: after the kill: status $status, $partial responses of the import stored, monthly totals" \
        "$([[ $after == "$before" ]] && echo unchanged || echo "CHANGED ($before -> $after)")"
    if [[ $status != IMPORTING || $partial != 0 || $after != "$before" ]]; then
        fail "$name" "partial rows after the kill (status $status, $partial rows, totals $before -> $after)"
        return
    fi

    start_server || { fail "$name" "Kohtaamo did not start again"; return; }
    started=$SECONDS
    until [[ $(sql "select status from survey_import where id = $id") =~ ^(DONE|FAILED)$ ]]; do
        if ((SECONDS - started > 900)); then
            fail "$name" "import $id not finished 900 s after the restart"
            return
        fi
        sleep 2
    done
    local added stored before_sum after_sum
    read -r status added < <(sql "select status || ' ' || coalesce(added_rows, -1) from survey_import where id = $id")
    stored=$(sql "select count(*) from customer_response where import_id = $id")
    before_sum=$(cut -d: -f2 <<<"$before")
    after_sum=$(month_totals | cut -d: -f2)
    say "$name: $((SECONDS - started)) s after the restart import $id is $status: $added added, $stored stored," \
        "the unit's monthly responses $before_sum -> $after_sum (+$((after_sum - before_sum)))"
    if [[ $status == DONE && $added == "$ROWS" && $stored == "$ROWS" && $((after_sum - before_sum)) == "$ROWS" ]]; then
        pass "$name: nothing stored by the killed run; after the restart exactly $ROWS rows added"
    else
        fail "$name" "expected DONE with $ROWS rows added, got $status, $added added, $stored stored," \
            "totals +$((after_sum - before_sum))"
    fi
}

# Prints "<status> <Retry-After> <content type>" and leaves the body in $WORK/body.
fetch() {
    curl -s --max-time 60 -b "$WORK/cookies" -c "$WORK/cookies" -D "$WORK/headers" -o "$WORK/body" "$@" -w '%{http_code}' \
        | { read -r code; echo "$code $(grep -i '^retry-after:' "$WORK/headers" | tr -d '\r' | cut -d' ' -f2)" \
            "$(grep -i '^content-type:' "$WORK/headers" | tr -d '\r' | cut -d' ' -f2-)"; }
}

# Like fetch, for requests made side by side: NAME.body and NAME.answer ("<status> <Retry-After> <content type>
# in <seconds>") in the work folder; the cookies are only read.
probe() {
    local name=$1 code time
    shift
    read -r code time < <(curl -s --max-time 60 -b "$WORK/cookies" -D "$WORK/$name.headers" -o "$WORK/$name.body" \
        -w '%{http_code} %{time_total}' "$@")
    echo "$code $(grep -i '^retry-after:' "$WORK/$name.headers" | tr -d '\r' | cut -d' ' -f2)" \
        "$(grep -i '^content-type:' "$WORK/$name.headers" | tr -d '\r' | cut -d' ' -f2-) in $time s" \
        >"$WORK/$name.answer"
}

view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/body" | head -1 | sed 's/.*value="//;s/"$//'; }

fault_database() {
    local name="b) database stopped for 30 s"
    rm -f "$WORK/cookies"
    fetch "$BASE/login" >/dev/null
    fetch -L --data-urlencode "jakarta.faces.ViewState=$(view_state)" -d login=login -d username=hr.demo \
        -d password=kohtaamo-demo -d signIn=Sign+in "$BASE/login" >/dev/null
    local page home
    page=$(curl -s -b "$WORK/cookies" -o /dev/null -w '%{url_effective}' -L "$BASE/")
    home=$(fetch "$page")
    if [[ ${home%% *} != 200 || $page == *login* ]]; then
        fail "$name" "could not sign in as hr.demo ($page: $home)"
        return
    fi
    local state form nonce
    state=$(view_state)
    # PrimeFaces' script sends the page's CSP nonce with every Ajax post; the server refuses one without it.
    nonce=$(grep -o '<script[^>]* nonce="[^"]*"' "$WORK/body" | head -1 | sed 's/.*nonce="//;s/"$//')
    form=$(grep -o '<form id="[^"]*"' "$WORK/body" | head -1 | cut -d'"' -f2)
    say "$name: signed in as hr.demo; $page answers $home"

    local down_at=$SECONDS problems=()
    pg_ctlcluster "$PG_VERSION" main stop
    # Others use this PostgreSQL: whatever happens to this script, it is started again within 90 s.
    (sleep 90; pg_up || pg_ctlcluster "$PG_VERSION" main start) &
    WATCHDOG_PID=$!
    say "$name: PostgreSQL $PG_VERSION stopped"

    # All at once, so that they fit in the 30 s: each waits while EclipseLink tries the connection again.
    local probes=()
    probe page "$page" &
    probes+=($!)
    probe ajax -H 'Faces-Request: partial/ajax' --data-urlencode "jakarta.faces.ViewState=$state" \
        --data-urlencode "primefaces.nonce=$nonce" \
        -d jakarta.faces.partial.ajax=true -d "jakarta.faces.source=$form" -d jakarta.faces.partial.execute=@none \
        -d jakarta.faces.partial.render=@all -d "$form=$form" "$page" &
    probes+=($!)
    probe ready "$BASE/health/ready" &
    probes+=($!)
    probe api -H 'Authorization: Bearer not-a-key' -H 'Content-Type: application/json' -d '[]' \
        "$BASE/api/v1/responses" &
    probes+=($!)
    probe public "$BASE/survey/respond?unit=$UNIT" &
    probes+=($!)
    wait "${probes[@]}"
    # Every answer within two seconds: none may wait out connection retries.
    local probe_name seconds
    for probe_name in page ajax ready api public; do
        seconds=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$WORK/$probe_name.answer")
        awk -v s="${seconds:-999}" 'BEGIN { exit !(s < 2) }' || problems+=("$probe_name answered after ${seconds:-?} s")
    done
    local answer
    answer=$(<"$WORK/page.answer")
    say "    page   GET $page -> $answer"
    sed -n 's:.*<h1>\(.*\)</h1>.*:             <h1> \1:p' "$WORK/page.body"
    [[ $answer == "503 30 text/html"* ]] || problems+=("page answered $answer")
    grep -q 'temporarily unavailable' "$WORK/page.body" || problems+=("no friendly text on the page")
    grep -qiE 'exception|\bat [a-z]+\.[a-z]' "$WORK/page.body" && problems+=("the page shows an exception")

    answer=$(<"$WORK/ajax.answer")
    say "    ajax   POST $page (Faces Ajax) -> $answer: $(tr -d '\n' <"$WORK/ajax.body")"
    grep -qi 'exception' "$WORK/ajax.body" && problems+=("the Ajax answer shows an exception")
    # A partial response that only redirects to the page (which then answers 503), or a plain 503.
    if [[ $answer != 503* ]] && ! grep -qzE '^<\?xml[^>]*\?>\s*<partial-response[^>]*>\s*<redirect url="[^"]+">' \
        "$WORK/ajax.body"; then
        problems+=("the Ajax answer is neither a redirect nor a 503")
    fi

    answer=$(<"$WORK/ready.answer")
    say "    ready  GET /health/ready -> $answer: $(<"$WORK/ready.body")"
    [[ ${answer%% *} == 503 ]] && grep -q '"DOWN"' "$WORK/ready.body" || problems+=("readiness answered $answer")

    answer=$(<"$WORK/api.answer")
    say "    api    POST /api/v1/responses -> $answer: $(<"$WORK/api.body")"
    [[ $answer == "503 30 application/problem+json"* ]] || problems+=("API answered $answer")

    answer=$(<"$WORK/public.answer")
    say "    public GET /survey/respond?unit=$UNIT -> $answer"
    [[ $answer == "503 30 text/html"* ]] || problems+=("the public survey answered $answer")
    grep -q 'temporarily unavailable' "$WORK/public.body" || problems+=("no friendly text on the public survey")

    local wait_left=$((30 - (SECONDS - down_at)))
    ((wait_left > 0)) && sleep "$wait_left"
    pg_ctlcluster "$PG_VERSION" main start
    kill "$WATCHDOG_PID" 2>/dev/null
    WATCHDOG_PID=
    say "$name: PostgreSQL started again after $((SECONDS - down_at)) s"

    local back=$SECONDS ready=no shown=no
    while ((SECONDS - back < 120)); do
        [[ $ready == no && $(fetch "$BASE/health/ready") == 200* ]] && ready=$((SECONDS - back))
        [[ $shown == no && $(fetch "$page") == 200* ]] && grep -q 'id="signOut"' "$WORK/body" && shown=$((SECONDS - back))
        [[ $ready != no && $shown != no ]] && break
        sleep 1
    done
    say "$name: after the restart of PostgreSQL: /health/ready UP after ${ready} s, $page shown signed in after ${shown} s"
    [[ $ready == no ]] && problems+=("readiness not UP within 120 s")
    [[ $shown == no ]] && problems+=("the page did not come back within 120 s")
    kill -0 "$SERVER_PID" 2>/dev/null || problems+=("Kohtaamo stopped")
    say "$name: Kohtaamo kept running throughout (pid $SERVER_PID)"

    if ((${#problems[@]} == 0)); then
        pass "$name: 503 with Retry-After and a friendly page within 2 s, readiness DOWN, recovered without a restart"
    else
        fail "$name" "$(IFS=';'; echo "${problems[*]}")"
    fi
}

fault_mail() {
    local name="c) mail server unreachable"
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    say "$name: InvitationsIT#anInvitationWaitsInTheOutboxWhileTheMailServerIsDownAndGoesOnceWhenItIsBack" \
        "(mail port $port, closed until the test opens it)"
    if mvn -B -ntp verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.smtp.port="$port" \
        -Dit.db.url="jdbc:postgresql://localhost:5432/$DB" \
        -Dit.test='InvitationsIT#anInvitationWaitsInTheOutboxWhileTheMailServerIsDownAndGoesOnceWhenItIsBack' \
        >"$WORK/mail-it.log" 2>&1; then
        grep -E 'Tests run:.*InvitationsIT' "$WORK/mail-it.log" | sed 's/^/    /'
        pass "$name: kept in the outbox with rising attempts, delivered exactly once when the server came back"
    else
        grep -E 'Tests run:|FAIL|expected|Expecting' "$WORK/mail-it.log" | head -20 | sed 's/^/    /'
        fail "$name" "InvitationsIT failed; see $WORK/mail-it.log"
    fi
}

say "Kohtaamo fault tests: $(nproc) CPUs, $(free -g | awk '/^Mem:/ { print $2 }') GB," \
    "$(java -version 2>&1 | head -1), PostgreSQL $PG_VERSION, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if ! pg_up; then
    say "PostgreSQL $PG_VERSION main is not running"
    exit 2
fi
if [[ ! -f target/kohtaamo.war || ! -f target/payara-micro.jar ]]; then
    say "building the WAR"
    mvn -B -ntp -q -DskipTests package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 2; }
fi
if [[ ${FAULT_BUILT:-} != 1 ]]; then
    mvn -B -ntp -q test-compile >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 2; }
fi
su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -qX -c 'drop database if exists $DB' \
    -c 'create database $DB owner kohtaamo'" || exit 2
mkdir -p "$WORK/imports"

wanted() { [[ " $FAULTS " == *" $1 "* ]]; }
if wanted import; then
    if start_server; then fault_import; else fail "a) import killed mid-file" "Kohtaamo did not start"; fi
fi
if wanted database; then
    if [[ -n ${FAULT_QUIET_AFTER:-} ]] && kill -0 "$FAULT_QUIET_AFTER" 2>/dev/null; then
        say "b) database stopped for 30 s: waiting until process $FAULT_QUIET_AFTER ends, so that the 2 s are measured on a quiet machine"
        while kill -0 "$FAULT_QUIET_AFTER" 2>/dev/null; do sleep 1; done
    fi
    if [[ -n $SERVER_PID ]] || start_server; then
        fault_database
    else
        fail "b) database stopped for 30 s" "Kohtaamo did not start"
    fi
fi
stop_server
if wanted mail; then
    fault_mail
fi

echo
printf '%s\n' "${SUMMARY[@]}"
if ((FAILED)); then
    echo "RESULT: FAIL"
    exit 1
fi
echo "RESULT: PASS"
