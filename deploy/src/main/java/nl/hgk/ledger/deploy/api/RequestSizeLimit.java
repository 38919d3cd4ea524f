package nl.hgk.ledger.deploy.api;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body above {@code hgk.api.max-request-bytes} with 413, before anything reads it. A body that
 * declares its length is refused on that alone, unread. A chunked body, whose length is not known ahead, is read up to
 * one byte past the limit, so no request holds more than the limit in memory, and handed on from that buffer.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    private static final String IMPORTS = "/api/imports";

    private final ObjectMapper json;
    private final long limit;

    RequestSizeLimit(ObjectMapper json, long limit) {
        this.json = json;
        this.limit = limit;
    }

    /**
     * An import of historical cases is as long as the region's history: it is read one case a line, and each line is
     * held to a limit of its own ({@code hgk.imports.max-line-size}), so it is never held whole.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return IMPORTS.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit + 1));
            if (body.length > limit) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + limit + " bytes a request may have; nothing was recorded");
        problem.setType(URI.create("urn:hgk-ledger:problem:request-too-large"));
        problem.setTitle("Request too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("maxBytes", limit);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A request whose body was read already, within the limit. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
