package fi.kohtaamo.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps every API request body within {@link ApiProblem#MAX_BODY_BYTES}: a declared {@code Content-Length} over it is
 * refused before anything is read, and the body itself is counted while it is read, so a chunked body or a false
 * length is stopped at the limit too. Either way the answer is 413 with problem details.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    /**
     * Read from the header itself: {@link ContainerRequestContext#getLength()} is an {@code int} and fails on a length
     * past two gigabytes.
     */
    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null
                && declared.strip().matches("\\d+")
                && (declared.strip().length() > 18 || Long.parseLong(declared.strip()) > ApiProblem.MAX_BODY_BYTES)) {
            request.abortWith(ApiProblem.tooLarge());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), ApiProblem.MAX_BODY_BYTES));
        return context.proceed();
    }

    /**
     * Thrown while reading once the body passes the limit; {@link ApiExceptionMappers} answers 413 for it, also when
     * Jersey has wrapped it in an exception of its own.
     */
    public static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("the request body is over " + ApiProblem.MAX_BODY_BYTES + " bytes", null, false, false);
        }
    }

    /** Counts the bytes read and stops at the limit. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
