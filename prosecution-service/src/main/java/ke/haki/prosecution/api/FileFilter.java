package ke.haki.prosecution.api;

import java.time.Instant;

import ke.haki.prosecution.domain.FileStatus;

/** Filters of a file search; null means "any". Built by the resource, scoped by the service, read by the repository. */
public record FileFilter(String countyCode, FileStatus status, String courtStation, String prosecutorRef,
        Instant receivedFrom, Instant receivedTo) {}
