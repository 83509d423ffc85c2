package org.cseprotocol.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * before Camunda reads them. It rejects with 400 an expression inside a task query's {@code orQueries}, a variable
 * sent as a Java-serialized object, a JSON body that does not parse, and a task completion by a non-administrator
 * that sends variables the task's form does not have. It rejects with 403 a partner's task query that filters or
 * sorts on a variable outside the partner allow-list, or requests the tasks' variables in the result, because
 * either would reveal case data. Runs after {@link RequestBodyLimit}, which has read the body into memory.
 */
class EngineRequestGuard extends OncePerRequestFilter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)/?");
    private static final List<String> TASK_VARIABLES_IN_RETURN =
            List.of("withTaskVariablesInReturn", "withTaskLocalVariablesInReturn");

    private final ProcessEngine engine;
    private final List<String> partnerVariables;
    private final TaskFormFields formFields;

    EngineRequestGuard(ProcessEngine engine, SecurityProperties properties) {
        this.engine = engine;
        this.formFields = new TaskFormFields(engine);
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
        Optional<RequestUser> user = RequestUser.of(request, engine.getIdentityService(), engine.getName());
        if (user.map(RequestUser::isOutsideCaseTeams).orElse(false) && asksForTaskVariables(request, body)) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden",
                    "Partner agencies may not list tasks with their variables; read a task's variables instead.");
            return;
        }
        Optional<String> undeclared = undeclaredVariables(request, body, user);
        if (undeclared.isPresent()) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST.value(), "Bad Request", undeclared.get());
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

    /** Returns whether a task query requests the tasks' variables in its result, in the query string or body. */
    private static boolean asksForTaskVariables(HttpServletRequest request, Optional<JsonNode> body) {
        for (String option : TASK_VARIABLES_IN_RETURN) {
            if ("true".equalsIgnoreCase(request.getParameter(option))
                    || body.map(json -> json.path(option).asBoolean(false)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a message naming the variables that a task completion by a non-administrator sends beyond the fields of
     * the task's form, or empty. Without this check, any worker could rewrite any case variable, such as the child's
     * age or the RAG rating, from a task they hold, bypassing the decision override rules.
     */
    private Optional<String> undeclaredVariables(HttpServletRequest request, Optional<JsonNode> body,
            Optional<RequestUser> user) {
        Matcher completion = COMPLETION.matcher(RequestPaths.of(request));
        if (!"POST".equals(request.getMethod()) || !completion.matches() || body.isEmpty()
                || user.map(RequestUser::isAdmin).orElse(true)) {
            return Optional.empty();
        }
        JsonNode variables = body.get().path("variables");
        Optional<Set<String>> fields = formFields.of(completion.group(1));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Set<String> allowed = fields.get();
        Set<String> extra = new TreeSet<>();
        variables.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                extra.add(name);
            }
        });
        if (extra.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("This task accepts only the fields of its form, so the case was not changed. "
                + "Not fields of the form: " + String.join(", ", extra) + ".");
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
