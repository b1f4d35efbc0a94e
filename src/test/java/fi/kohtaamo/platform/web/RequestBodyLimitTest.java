package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The API's body limit counts what is read, whatever the request declared. */
class RequestBodyLimitTest {

    private static InputStream limited(int size, long limit) {
        return new RequestBodyLimit.Limited(new ByteArrayInputStream(new byte[size]), limit);
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        assertThat(limited(1000, 1000).readAllBytes()).hasSize(1000);
    }

    @Test
    void oneByteMoreStopsTheReadingWhicheverWayItIsRead() {
        assertThatThrownBy(() -> limited(1001, 1000).readAllBytes()).isInstanceOf(RequestBodyLimit.TooLarge.class);
        assertThatThrownBy(() -> {
                    try (InputStream in = limited(1001, 1000)) {
                        while (in.read() >= 0) {
                            // byte by byte
                        }
                    }
                })
                .isInstanceOf(RequestBodyLimit.TooLarge.class);
    }
}
