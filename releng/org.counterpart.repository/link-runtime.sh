#!/bin/sh
# Links the Java runtime the Linux product carries into <product>/jre, with the modules listed in
# runtime-modules, from the JDK given (the build's own).
#   link-runtime.sh JDK_HOME MODULE_LIST PRODUCT_FOLDER
set -eu
jdk=$1; list=$2; product=$3
modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep -v '^$' | paste -s -d, -)
[ -d "$product" ] || { echo "link-runtime.sh: no product folder $product" >&2; exit 1; }
rm -rf "$product/jre"
# Class files stay uncompressed in lib/modules: the product archive compresses them better than jlink would
# (34 MB against 45 MB), and classes load faster. The CDS archive of the JDK's classes speeds up every start.
"$jdk/bin/jlink" --add-modules "$modules" --output "$product/jre" \
  --strip-debug --no-man-pages --no-header-files --compress=zip-0 --generate-cds-archive
# Archives keep files, not links: the legal notices jlink links to are copied in place.
find "$product/jre" -type l | while read -r link; do cp --remove-destination "$(readlink -f "$link")" "$link"; done
# The scripts run with at most a few GiB of heap, so compressed object pointers: the other CDS archive is dead weight.
rm -f "$product/jre/lib/server/classes_nocoops.jsa"
echo "Linked a Java runtime with $modules into $product/jre"
