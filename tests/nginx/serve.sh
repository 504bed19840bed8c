#!/usr/bin/env bash
# Serves dist-course/ at http://127.0.0.1:${1:-4402}/course/ with a real nginx and the repository's own
# configuration (src/deploy/nginx.conf), for tests/e2e/nginx.spec.ts. Runs in the foreground.
set -euo pipefail
port=${1:-4402}
cd "$(dirname "$0")/../.."
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$nginx" ]] || { echo "nginx is not installed (Debian: apt-get install nginx)" >&2; exit 1; }
work=$(mktemp -d)
site="$PWD/dist-course"
sed "s#/srv/enterprise-django/#$site/#g" src/deploy/nginx.conf > "$work/course.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
daemon off;
$( [[ $(id -u) == 0 ]] && echo "user root;" )
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$port;
    include $work/course.conf;
  }
}
CONF
exec "$nginx" -c "$work/nginx.conf" -e "$work/error.log"
