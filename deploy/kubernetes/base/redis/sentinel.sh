#!/bin/sh
# The sentinel of one pod: watches the master "vusta" with the two others (quorum 2) and promotes a replica when
# the master is gone for 5 s. Pods are named by their stable DNS names, not addresses, so a restarted pod keeps
# its identity.
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
cat > /tmp/sentinel.conf <<CONF
port 26379
sentinel resolve-hostnames yes
sentinel announce-hostnames yes
sentinel announce-ip $self
requirepass $REDIS_PASSWORD
sentinel sentinel-pass $REDIS_PASSWORD
sentinel monitor vusta $master 6379 2
sentinel auth-pass vusta $REDIS_PASSWORD
sentinel down-after-milliseconds vusta 5000
sentinel failover-timeout vusta 60000
sentinel parallel-syncs vusta 1
CONF
exec redis-server /tmp/sentinel.conf --sentinel
