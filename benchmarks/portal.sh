# Sourced by benchmarks/run and benchmarks/profile: builds the portal jar, starts nginx (the back office, and later
# the static page) and the portal in its production profile on loopback, times the launch to the first page, and
# leaves a person part-way through a complaint: $SESSION, and their question page saved in $WORK/static.
# Set PORTAL_JAVA_OPTS before sourcing to change the JVM's options, PORTAL_ARGUMENTS to add the portal's own (such as
# --spring.thymeleaf.enable-spring-el-compiler=false, to measure what a setting is worth); everything started is
# stopped on exit.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORTAL_PORT=18080
MANAGEMENT_PORT=18081
NGINX_PORT=18090
DATABASE=portal_bench
REDIS_DATABASE=5
PORTAL="http://127.0.0.1:$PORTAL_PORT"
# What a 2-core instance runs with: a heap of 128 MB (sessions are in Redis, so little stays on it), the serial
# collector, which leaves both cores to the requests, and bounded class and code space. glibc's malloc keeps an arena
# per core and more; two are plenty for a JVM, which allocates little natively.
PORTAL_JAVA_OPTS=${PORTAL_JAVA_OPTS:--Xmx128m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$WORK"
PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

for tool in java psql redis-cli nginx wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "benchmarks/run needs $tool" >&2; exit 1; }
done

log "building the portal jar"
(cd "$ROOT" && ./mvnw -B -q -pl portal -am -DskipTests package)
JAR=$(ls "$ROOT"/portal/target/portal-*-exec.jar)

log "a fresh database ($DATABASE) and Redis database $REDIS_DATABASE"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DATABASE" -c "CREATE DATABASE $DATABASE"
redis-cli -n "$REDIS_DATABASE" FLUSHDB >/dev/null

log "nginx on loopback: the static page, and the back office answering every delivery with 204"
mkdir -p "$WORK/static" "$WORK/nginx"
sed -e "s#@PORT@#$NGINX_PORT#" -e "s#@WORK@#$WORK#g" "$ROOT/benchmarks/nginx.conf" > "$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
PIDS+=($!)

log "starting the portal (production profile)"
STARTED_AT=$(date +%s%N)
# shellcheck disable=SC2086 # the options are words
PORTAL_OUTBOX_KEY=$(head -c 32 /dev/urandom | base64) \
PORTAL_WEBHOOK_SECRET=$(head -c 36 /dev/urandom | base64) \
PORTAL_CASE_MANAGEMENT_URL="http://127.0.0.1:$NGINX_PORT/case-management" \
PORTAL_PUBLIC_ADDRESS="$PORTAL" \
java $PORTAL_JAVA_OPTS -jar "$JAR" --spring.profiles.active=production ${PORTAL_ARGUMENTS:-} \
    --server.port=$PORTAL_PORT --management.server.port=$MANAGEMENT_PORT \
    --spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:5432/$DATABASE --spring.r2dbc.username=postgres \
    --spring.flyway.url=jdbc:postgresql://127.0.0.1:5432/$DATABASE --spring.flyway.user=postgres \
    --spring.data.redis.database=$REDIS_DATABASE \
    --portal.automation.posts-per-client=1000000000 --portal.automation.sends-per-client=1000000000 \
    --portal.automation.min-time-on-page=0 \
    --portal.uploads.scanner=none \
    --portal.delivery.email.sender=file --portal.delivery.email.directory="$WORK/email" \
    > "$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
PIDS+=("$PORTAL_PID")
for _ in $(seq 1 3600); do
    curl -sf -o /dev/null "$PORTAL/" && break
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -50 "$WORK/portal.log" >&2; exit 1; }
    sleep 0.05
done
curl -sf -o /dev/null "$PORTAL/" || { echo "the portal did not serve its start page within 3 minutes" >&2; exit 1; }
STARTUP_MS=$(( ($(date +%s%N) - STARTED_AT) / 1000000 ))
log "first page served ${STARTUP_MS} ms after launch"

# A person part-way through a complaint: their session cookie, and the question page they see, saved for nginx.
QUESTION=/complaint/who-is-complaining
JAR_COOKIES="$WORK/cookies.txt"
curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o "$WORK/start.html" "$PORTAL/complaint/before-you-start?lang=en"
CSRF=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$WORK/start.html" | head -1)
curl -sf -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null --data-urlencode "_csrf=$CSRF" \
    "$PORTAL/complaint/before-you-start"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR_COOKIES")
curl -sf -b "$JAR_COOKIES" -D "$WORK/question.headers" -o "$WORK/static/question.html" "$PORTAL$QUESTION"
grep -q 'name="who-is-complaining"' "$WORK/static/question.html" || { echo "no question page" >&2; exit 1; }

