package org.cseprotocol.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Responds 404 to completing, or submitting the form of, a task that does not exist, for example one completed a
 * moment ago by a colleague. Camunda 7.24.0 responds to such a request with 500. The check ignores authorizations, so
 * a task that exists but that the user may not work still gets the engine's own 403.
 */
class MissingTaskNotFound extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)/?");

    private final ProcessEngine engine;

    MissingTaskNotFound(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = COMPLETION.matcher(RequestPaths.of(request));
        if ("POST".equals(request.getMethod()) && matcher.matches() && !exists(matcher.group(1))) {
            ProblemResponses.write(response, HttpStatus.NOT_FOUND.value(), "Not Found", "Task " + matcher.group(1)
                    + " does not exist: it may have been completed already. Reload the task list.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean exists(String taskId) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> context.getTaskManager().findTaskById(taskId) != null);
    }
}
