package org.cseprotocol.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Checks the settings the {@code production} profile needs before any bean is created, so that start-up fails with
 * every problem listed at once instead of failing later on the first one: a PostgreSQL datasource with a user and a
 * password, and a strong administrator password in {@code CSE_ADMIN_PASSWORD}.
 */
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String ADMIN_PASSWORD = "cse.admin.password";
    static final String ADMIN_USER_ID = "cse.admin.user-id";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new ProductionSettingsException(problems);
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            problems.add("SPRING_DATASOURCE_URL must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://db.example:5432/cse, but is "
                    + (url.isBlank() ? "missing" : "not PostgreSQL"));
        }
        if (environment.getProperty("spring.datasource.username", "").isBlank()) {
            problems.add("SPRING_DATASOURCE_USERNAME is missing");
        }
        if (environment.getProperty("spring.datasource.password", "").isBlank()) {
            problems.add("SPRING_DATASOURCE_PASSWORD is missing");
        }
        String userId = environment.getProperty(ADMIN_USER_ID, "admin");
        AdminPasswordRule.problems(environment.getProperty(ADMIN_PASSWORD), userId)
                .forEach(problem -> problems.add("CSE_ADMIN_PASSWORD " + problem + "; it must have "
                        + AdminPasswordRule.DESCRIPTION));
        return problems;
    }
}
