package org.cseprotocol.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits what a user outside the case teams (a partner agency, or Early Help) reads of a task's variables to the
 * partner allow-list. Camunda lets whoever may read a task read every variable of its case through the task, and
 * Tasklist loads them all into the browser for a Camunda Form.
 *
 * <p>For such a user, the variable maps returned by {@code GET /task/{id}/variables}, {@code /localVariables},
 * {@code /form-variables}, and by {@code /complete} and {@code /submit-form} with {@code withVariablesInReturn}, keep
 * only allow-listed names; {@code GET /task/{id}/variables/{name}} of another name returns 403. Applies under
 * {@code /engine-rest} and the webapps' {@code /camunda/api/engine}.
 */
class PartnerVariables extends OncePerRequestFilter {

    private static final Pattern VARIABLE_MAP = Pattern.compile(
            ".*/task/[^/]+/(variables|localVariables|form-variables|complete|submit-form)/?");
    private static final Pattern SINGLE_VARIABLE = Pattern.compile(
            ".*/task/[^/]+/(?:variables|localVariables)/([^/]+)(?:/data)?/?");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ProcessEngine engine;
    private final List<String> allowed;

    PartnerVariables(ProcessEngine engine, SecurityProperties properties) {
        this.engine = engine;
        this.allowed = properties.partnerVariables();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        if (!isOutsideCaseTeams(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> variable = singleVariable(path);
        if (variable.isPresent() && "GET".equals(request.getMethod())) {
            rejectOrPass(variable.get(), request, response, chain);
        } else if (VARIABLE_MAP.matcher(path).matches()) {
            filterVariableMap(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean isOutsideCaseTeams(HttpServletRequest request) {
        return RequestUser.of(request, engine.getIdentityService(), engine.getName())
                .map(RequestUser::isOutsideCaseTeams).orElse(false);
    }

    private static Optional<String> singleVariable(String path) {
        Matcher matcher = SINGLE_VARIABLE.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private void rejectOrPass(String name, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (allowed.contains(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden",
                "Partner agencies may read only " + String.join(", ", allowed) + " of a case.");
    }

    private void filterVariableMap(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() >= 300 || body.length == 0) {
            wrapper.copyBodyToResponse();
            return;
        }
        JsonNode variables = MAPPER.readTree(body);
        if (variables instanceof ObjectNode map) {
            map.retain(allowed);
        }
        byte[] filtered = MAPPER.writeValueAsBytes(variables);
        wrapper.resetBuffer();
        response.setContentLength(filtered.length);
        response.getOutputStream().write(filtered);
    }
}
