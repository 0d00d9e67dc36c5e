#!/bin/sh
# Redis of one pod of the StatefulSet: a replica of the master the sentinels name, or the master itself when they
# name this pod; when no sentinel answers yet (the very first start) redis-0 is the master.
set -eu
self="$(hostname).redis-headless"
master=""
for i in 0 1 2; do
    answer=$(redis-cli -h "redis-$i.redis-headless" -p 26379 --no-auth-warning -a "$REDIS_PASSWORD" \
        sentinel get-master-addr-by-name vusta 2>/dev/null | head -n 1) || answer=""
    if [ -n "$answer" ]; then
        master="$answer"
        break
    fi
done
[ -n "$master" ] || master="redis-0.redis-headless"
{
    echo "port 6379"
    echo "dir /data"
    echo "appendonly yes"
    echo "requirepass $REDIS_PASSWORD"
    echo "masterauth $REDIS_PASSWORD"
    echo "replica-announce-ip $self"
    if [ "$master" != "$self" ]; then
        echo "replicaof $master 6379"
    fi
} > /tmp/redis.conf
exec redis-server /tmp/redis.conf
