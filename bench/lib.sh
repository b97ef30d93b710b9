# Shared pieces of the wrk-against-nginx benchmarks (sourced by foundation.sh and portal.sh).

# start_nginx WORK PORT DEFAULT_TYPE: serves WORK/www on 127.0.0.1:PORT with a throwaway nginx (own
# config, pid and temp files under WORK); its workers run as the current user, so they can read
# WORK, which mktemp made private (as another user every answer would be 403).
start_nginx() {
  local work=$1 port=$2 type=$3
  mkdir -p "$work/tmp"
  cat > "$work/nginx.conf" <<CONF
user $(id -un);
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type $type;
  client_body_temp_path $work/tmp;
  proxy_temp_path $work/tmp;
  fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp;
  scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$port; root $work/www; index index.html; }
}
CONF
  nginx -c "$work/nginx.conf" -p "$work" 2> >(grep -v 'the "user" directive makes sense only' >&2)
  sleep 0.5
}

# expect_200 URL: stops the benchmark if the URL does not answer 200 (a benchmark of error pages
# would measure nothing).
expect_200() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$1")
  if [ "$code" != 200 ]; then
    echo "$1 answers $code, not 200: stopping" >&2
    exit 1
  fi
}
