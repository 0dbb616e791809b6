#!/bin/sh
# The launcher of the local base image (deploy/images/base-image), at the path and with the part of
# the contract of run-java.sh in registry.access.redhat.com/ubi9/openjdk-17-runtime that the
# services' images and the Kubernetes manifests use, so that one image configuration runs on either
# base: JAVA_OPTS first (the JVM settings of deploy/kubernetes/base/services/jvm.yaml), then
# GC_CONTAINER_OPTIONS, then JAVA_OPTS_APPEND, then -jar JAVA_APP_JAR and the container's arguments.
# Unlike UBI's script it adds no memory or GC flag of its own.
set -eu
: "${JAVA_APP_JAR:?JAVA_APP_JAR is not set (the image sets it to the application's quarkus-run.jar)}"
if [ -n "${JAVA_APP_DIR:-}" ]; then cd "$JAVA_APP_DIR"; fi
# word splitting of the option variables is wanted: each holds several JVM options
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} ${GC_CONTAINER_OPTIONS:-} ${JAVA_OPTS_APPEND:-} -jar "$JAVA_APP_JAR" "$@"
