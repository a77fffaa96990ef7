# Sourced by bin/ipgraph and .ci/run: sets JAVA_HOME to a JDK 25.
# Order: $JAVA_HOME if it is 25, then /usr/lib/jvm/*, then java on the PATH.
_ipgraph_java_major() {
  # the JDK's release file, read without starting a JVM (a start costs 0.3-0.7 s per call)
  if [ -f "$1/release" ]; then
    local v
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -1)"
    if [ -n "$v" ]; then echo "$v"; return 0; fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
_ipgraph_find_jdk25() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(_ipgraph_java_major "$JAVA_HOME")" = "25" ]; then
    echo "$JAVA_HOME"; return 0
  fi
  for dir in /usr/lib/jvm/*25* /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -x "$dir/bin/javac" ] && [ "$(_ipgraph_java_major "$dir")" = "25" ]; then
      echo "$dir"; return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    local home
    home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if [ "$(_ipgraph_java_major "$home")" = "25" ]; then echo "$home"; return 0; fi
  fi
  return 1
}
if ! JAVA_HOME="$(_ipgraph_find_jdk25)"; then
  echo "ipgraph needs a JDK 25. None found in \$JAVA_HOME, /usr/lib/jvm or on the PATH." >&2
  echo "Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 3
fi
export JAVA_HOME
