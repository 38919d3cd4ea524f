package nl.hgk.ledger.deploy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A value type that refuses a value says why, and the client is told; any other failure inside a type is the code's
 * own business, and its message (which names classes and variables) stays on the server.
 */
class ProblemDetailsAdviceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValueTypesRefusalIsToldToTheClient() throws IOException {
        ProblemDetail problem = answer(new IllegalArgumentException("not a CBS municipality code: GM12"));

        assertThat(problem.getDetail()).contains("not a CBS municipality code: GM12");
    }

    @Test
    void anyOtherFailureInsideATypeIsNot() throws IOException {
        ProblemDetail problem = answer(new NullPointerException(
                "Cannot invoke \"String.strip()\" because \"this.secretField\" is null"));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType().toString()).isEqualTo("urn:hgk-ledger:problem:invalid-value");
        assertThat(problem.getDetail()).doesNotContain("strip").doesNotContain("secretField")
                .contains("not a valid value");
    }

    private static ProblemDetail answer(RuntimeException insideTheType) throws IOException {
        try (JsonParser parser = JSON.createParser("{\"municipality\":\"GM12\"}")) {
            ValueInstantiationException failure = ValueInstantiationException.from(parser, "cannot construct",
                    JSON.constructType(String.class), insideTheType);
            HttpInputMessage message = new HttpInputMessage() {
                @Override
                public java.io.InputStream getBody() {
                    return java.io.InputStream.nullInputStream();
                }

                @Override
                public HttpHeaders getHeaders() {
                    return new HttpHeaders();
                }
            };
            ResponseEntity<Object> answer = new ProblemDetailsAdvice().handleHttpMessageNotReadable(
                    new HttpMessageNotReadableException("unreadable", failure, message), new HttpHeaders(),
                    HttpStatus.BAD_REQUEST, new ServletWebRequest(new MockHttpServletRequest()));
            return (ProblemDetail) answer.getBody();
        }
    }
}
