package org.cseprotocol.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN, DMN and form files that the build copies from {@code processes/}, {@code dmn/} and
 * {@code forms/} onto the classpath.
 *
 * <p>Duplicate filtering with "changed only" means a restart with nothing changed makes no new versions, and a
 * change to one file makes a new version of that file alone. Forms are bound with {@code latest}, so a BPMN
 * deployed without its forms still finds them. The deployment runs while the application context starts,
 * before the web server takes requests.
 */
@Component
class ModelDeployment implements InitializingBean {

    static final String DEPLOYMENT_NAME = "cse-models";
    static final List<String> MODEL_PATTERNS =
            List.of("classpath*:processes/*.bpmn", "classpath*:dmn/*.dmn", "classpath*:forms/*.form");

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ModelDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterPropertiesSet() {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        List<Resource> models = findModels();
        if (models.isEmpty()) {
            LOG.warn("No models found on the classpath under processes/, dmn/ or forms/: nothing deployed");
            return;
        }
        models.forEach(model -> builder.addInputStream(model.getFilename(), open(model)));
        Deployment deployment = builder.deployWithResult();
        LOG.info("Deployed {} model files as deployment {}", models.size(), deployment.getId());
    }

    private List<Resource> findModels() {
        return MODEL_PATTERNS.stream()
                .flatMap(this::resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    private Stream<Resource> resources(String pattern) {
        try {
            return Arrays.stream(resolver.getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the models matching " + pattern, e);
        }
    }

    private static InputStream open(Resource model) {
        try {
            return model.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the model " + model.getDescription(), e);
        }
    }
}
