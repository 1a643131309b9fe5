#!/bin/sh
echo "starting on port 8080"
echo "error: a line that looks like an error" >&2
if [ -n "$EXIT_AT_START" ]; then
    echo "fatal: told to exit with $EXIT_AT_START" >&2
    exit "$EXIT_AT_START"
fi
if [ -n "$NEVER_READY" ]; then
    while true; do echo "still warming up"; sleep 0.5; done
fi
if [ -n "$START_DELAY" ]; then
    sleep "$START_DELAY"
fi
echo "listening on 8080"
exec busybox httpd -f -p 8080 -h /www
