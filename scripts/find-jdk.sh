# Finds a JDK 21 or newer. Sourced by ./build and ./chitieu so that both pick the same JDK; not run on its own.
#
# Where it looks, in order: $CHITIEU_JAVA_HOME, $JAVA_HOME, the `javac` on PATH, then the JDKs installed under
# /usr/lib/jvm, /usr/java, /opt/java, /opt and ~/.jdks (the newest one of version 21 or later wins).
#
#   chitieu_require_jdk   sets $jdk to the JDK's home, or explains what to install and exits with code 2
#   java_major HOME       prints the major version of the JDK at HOME, or nothing

min=21

java_major() { # $1 = a JDK home; prints its major version, or nothing
  local home=$1 v=""
  [ -x "$home/bin/javac" ] || return 0
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

pick_jdk() {
  local c m best="" best_m=0
  for c in "${CHITIEU_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    [ -n "$c" ] || continue
    m=$(java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge "$min" ]; then echo "$c"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    m=$(java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge "$min" ]; then echo "$c"; return 0; fi
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* "$HOME"/.jdks/*; do
    [ -d "$c" ] || continue
    m=$(java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge "$min" ] && [ "$m" -gt "$best_m" ]; then best=$c; best_m=$m; fi
  done
  [ -n "$best" ] && echo "$best"
}

chitieu_require_jdk() {
  if ! jdk=$(pick_jdk) || [ -z "$jdk" ]; then
    cat >&2 <<MSG
chitieu: no JDK $min or newer was found / không tìm thấy JDK $min trở lên.
  Looked at \$CHITIEU_JAVA_HOME, \$JAVA_HOME, the java on PATH, /usr/lib/jvm, /usr/java, /opt and ~/.jdks.
  Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ build) or point JAVA_HOME at it, then run again.
MSG
    exit 2
  fi
}
