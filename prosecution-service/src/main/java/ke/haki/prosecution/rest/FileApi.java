package ke.haki.prosecution.rest;

import jakarta.ws.rs.core.Response;

import ke.haki.kit.rest.Http;
import ke.haki.prosecution.api.FileView;

/** What the file's resources share: the texts of their documentation and the answer with the file's ETag. */
final class FileApi {

    static final String IF_MATCH_DOC = "The file version last read (its ETag); a stale version answers 409";
    static final String STATE_422 = "The file's state does not allow this step (the `type` names the rule)";

    private FileApi() {}

    /** A request body bound to its file, so one Idempotency-Key cannot be replayed on another file. */
    record Keyed(String caseId, Object request) {}

    /** The file, with its version as the ETag. */
    static Response ok(FileView view) {
        return Response.ok(view).tag(Http.etag(view.version())).build();
    }
}
