package nl.hgk.ledger.deploy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

    /** Jackson tells a duplicate by its message only; a Jackson that words it otherwise must fail here. */
    @Test
    void aFieldGivenTwiceIsNamedWhereverItIs() {
        assertThat(unreadable("{\"code\":\"RED\",\"code\":null}").getDetail())
                .isEqualTo("Field 'code': given more than once; give each field once");
        ProblemDetail nested = unreadable(
                "{\"persons\":[{\"fullName\":\"A\"},{\"fullName\":\"B\",\"fullName\":\"C\"}]}");
        assertThat(nested.getType().toString()).isEqualTo("urn:hgk-ledger:problem:invalid-value");
        assertThat(nested.getDetail())
                .isEqualTo("Field 'persons[1].fullName': given more than once; give each field once");
    }

    /** No request body has a primitive today; one added tomorrow must not take null or nothing for 0. */
    @Test
    void aPrimitiveGivenNullOrNotAtAllIsNamedAsRequired() {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (String body : List.of("{\"planVersion\":null}", "{}")) {
            try {
                strict.readValue(body, Revision.class);
                throw new AssertionError("read despite no plan version: " + body);
            } catch (JsonProcessingException failure) {
                ProblemDetail problem = handle(failure);
                assertThat(problem.getStatus()).isEqualTo(400);
                assertThat(problem.getType().toString()).isEqualTo("urn:hgk-ledger:problem:invalid-value");
                assertThat(problem.getDetail()).startsWith("Field 'planVersion': required; expected a whole number");
            }
        }
    }

    record Revision(int planVersion) {
    }

    record Person(String fullName) {
    }

    record Report(String code, List<Person> persons) {
    }

    private static ProblemDetail unreadable(String body) {
        ObjectMapper strict = new ObjectMapper();
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            strict.readValue(body, Report.class);
        } catch (JsonProcessingException failure) {
            return handle(failure);
        }
        throw new AssertionError("read despite a field given twice: " + body);
    }

    private static ProblemDetail answer(RuntimeException insideTheType) throws IOException {
        try (JsonParser parser = JSON.createParser("{\"municipality\":\"GM12\"}")) {
            ValueInstantiationException failure = ValueInstantiationException.from(parser, "cannot construct",
                    JSON.constructType(String.class), insideTheType);
            return handle(failure);
        }
    }

    private static ProblemDetail handle(JsonProcessingException failure) {
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
