package org.cseprotocol.cluster;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.cseprotocol.CseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node: the whole {@link CseApplication} with its web server on a free port, its engine and its
 * job executor, on a PostgreSQL database that other nodes may share.
 *
 * <p>Camunda's REST API finds its engine by name in a static registry, so two nodes in one JVM need two engine
 * names. Nodes in separate JVMs, as in production, all keep the name {@code default}. The job executor polls
 * every 100 ms to 500 ms here, so that a due timer fires within a second of a test moving the clock.
 */
final class Node implements AutoCloseable {

    static final String DEFAULT_ENGINE = ProcessEngines.NAME_DEFAULT;

    private final String name;
    private final String engineName;
    private final ConfigurableApplicationContext context;

    private Node(String name, String engineName, ConfigurableApplicationContext context) {
        this.name = name;
        this.engineName = engineName;
        this.context = context;
    }

    /** Starts a node and returns when it takes requests. */
    static Node start(String name, String engineName, String jdbcUrl, Class<?>... extraSources) {
        List<Class<?>> sources = new ArrayList<>(List.of(CseApplication.class));
        sources.addAll(List.of(extraSources));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(arguments(name, engineName, jdbcUrl));
        return new Node(name, engineName, context);
    }

    private static String[] arguments(String name, String engineName, String jdbcUrl) {
        return new String[] {
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--spring.datasource.url=" + jdbcUrl,
            "--spring.datasource.username=" + PostgresServer.USER,
            "--spring.datasource.password=",
            "--spring.datasource.hikari.pool-name=" + name,
            "--camunda.bpm.process-engine-name=" + engineName,
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.deployment-aware=false",
            "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.max-wait=500",
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            // Camunda serializes deployments within one JVM. Nodes in separate JVMs rely on the database lock alone.
            "--camunda.bpm.generic-properties.properties.deployment-synchronized=false",
        };
    }

    String name() {
        return name;
    }

    String engineName() {
        return engineName;
    }

    ProcessEngine engine() {
        return bean(ProcessEngine.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }
}
