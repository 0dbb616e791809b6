package ke.haki.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;

class ClientDisconnectTest {

    @Test
    void aClosedConnectionIsADisconnectHoweverDeeplyWrapped() {
        assertThat(ClientDisconnect.causedBy(new VertxException("Connection was closed"))).isTrue();
        assertThat(ClientDisconnect.causedBy(new IllegalStateException("reading the body",
                new VertxException("Connection was closed")))).isTrue();
        assertThat(ClientDisconnect.causedBy(new UncheckedIOException(new IOException("Connection reset by peer")))).isTrue();
        assertThat(ClientDisconnect.causedBy(new RuntimeException(new IOException("Broken pipe")))).isTrue();
        assertThat(ClientDisconnect.causedBy(new RuntimeException(new ClosedChannelException()))).isTrue();
    }

    @Test
    void aFailureOfTheServiceIsNot() {
        assertThat(ClientDisconnect.causedBy(new IllegalStateException("Connection was closed"))).isFalse();
        assertThat(ClientDisconnect.causedBy(new VertxException("Request timed out"))).isFalse();
        assertThat(ClientDisconnect.causedBy(new NullPointerException())).isFalse();
        assertThat(ClientDisconnect.causedBy(new RuntimeException(new IOException("No space left on device")))).isFalse();
        assertThat(ClientDisconnect.causedBy(null)).isFalse();
    }
}
