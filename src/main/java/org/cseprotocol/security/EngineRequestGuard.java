package org.cseprotocol.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks requests to Camunda's REST API, under {@code /engine-rest} and the webapps' {@code /camunda/api/engine},
 * before Camunda reads them: rejects with 400 an expression inside a task query's {@code orQueries}, a variable
 * sent as a Java-serialized object and a JSON body that does not parse, and rejects with 403 a task query by a user outside the case teams that filters or
 * sorts on a variable outside the partner allow-list, because the result would reveal that variable's value.
 * Runs after {@link RequestBodyLimit}, which has read the body into memory.
 */
class EngineRequestGuard extends OncePerRequestFilter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ProcessEngine engine;
    private final List<String> partnerVariables;

    EngineRequestGuard(ProcessEngine engine, SecurityProperties properties) {
        this.engine = engine;
        this.partnerVariables = properties.partnerVariables();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<JsonNode> body;
        try {
            body = jsonBody(request);
        } catch (JsonProcessingException e) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST.value(), "Bad Request",
                    "The request body is not valid JSON. Send one JSON object or array.");
            return;
        }
        Optional<String> invalid = body.flatMap(TaskQueryInspection::expressionInOrQuery)
                .or(() -> body.flatMap(TaskQueryInspection::javaSerializedValue));
        if (invalid.isPresent()) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST.value(), "Bad Request", invalid.get());
            return;
        }
        Optional<String> variable = variableOutsideAllowList(request, body);
        if (variable.isPresent()) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden",
                    "Partner agencies may search and sort tasks only by " + String.join(", ", partnerVariables)
                            + ", not by '" + variable.get() + "'.");
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> variableOutsideAllowList(HttpServletRequest request, Optional<JsonNode> body) {
        boolean outside = RequestUser.of(request, engine.getIdentityService(), engine.getName())
                .map(RequestUser::isOutsideCaseTeams).orElse(false);
        if (!outside) {
            return Optional.empty();
        }
        return body.flatMap(json -> TaskQueryInspection.variableOutside(json, partnerVariables))
                .or(() -> TaskQueryInspection.variableOutside(request.getParameterMap(), partnerVariables));
    }

    /** Returns the parsed body of a JSON request, or empty for a request without a body or with another type. */
    private static Optional<JsonNode> jsonBody(HttpServletRequest request) throws IOException {
        if (!(request instanceof CachedBodyRequest cached) || cached.body().length == 0 || !isJson(request)) {
            return Optional.empty();
        }
        return Optional.of(MAPPER.readTree(cached.body()));
    }

    /** Returns whether the body is JSON, counting a request without a content type, so that none skips the checks. */
    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }
}
