# Sourced by ./mvnw and by the product's launcher scripts: Tycho 5 and Counterpart need Java 21 or newer.
# Keeps a suitable JAVA_HOME, otherwise picks the newest Java >= 21 from the usual install places,
# otherwise stops with a clear message. The build needs a JDK (javac); the product only a runtime:
# set counterpart_runtime_only=1 before sourcing.
counterpart_required_jdk=21

counterpart_jdk_feature() {
  # prints the feature release (17, 21, 25, ...) of the JDK at $1, or nothing
  [ -x "$1/bin/java" ] || return 0
  [ "${counterpart_runtime_only-0}" = 1 ] || [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

counterpart_select_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    feature=$(counterpart_jdk_feature "$JAVA_HOME")
    [ -n "$feature" ] && [ "$feature" -ge "$counterpart_required_jdk" ] && return 0
  fi
  best=; best_feature=0
  case $- in *f*) globbing_was_off=1 ;; *) globbing_was_off=0 ;; esac
  set +f  # mvnw runs with globbing off
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] || continue
    feature=$(counterpart_jdk_feature "$candidate")
    [ -n "$feature" ] || continue
    if [ "$feature" -ge "$counterpart_required_jdk" ] && [ "$feature" -gt "$best_feature" ]; then
      best=$candidate; best_feature=$feature
    fi
  done
  [ "$globbing_was_off" = 0 ] || set -f
  if [ -z "$best" ]; then
    echo "Counterpart needs Java $counterpart_required_jdk or newer (a JDK to build, a runtime to run)." >&2
    echo "None was found (JAVA_HOME=${JAVA_HOME-unset}; looked in /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks)." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}

counterpart_select_jdk
