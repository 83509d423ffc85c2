package org.cseprotocol.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes task completions meet before they commit, so that a test can overlap two of them on two nodes for
 * certain. Once armed for n completions, the next n task completions in the JVM each run their command, then
 * wait until all n have run before their transactions flush and commit. The barrier then disarms itself.
 *
 * <p>A test configuration, so that the component scan of other Spring tests leaves it out. A {@link Node} that
 * needs it names it as a source.
 */
@TestConfiguration(proxyBeanMethods = false)
class CompletionBarrier {

    private static volatile CyclicBarrier barrier;

    static void arm(int completions) {
        barrier = new CyclicBarrier(completions, () -> barrier = null);
    }

    @Bean
    AbstractProcessEnginePlugin completionBarrierPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<CommandInterceptor> interceptors = new ArrayList<>();
                if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
                    interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
                }
                interceptors.add(new WaitBeforeCommit());
                configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
            }
        };
    }

    /** Runs inside the command context, so the command's changes are still unflushed when it waits. */
    private static final class WaitBeforeCommit extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            CyclicBarrier current = barrier;
            if (command instanceof CompleteTaskCmd && current != null) {
                await(current);
            }
            return result;
        }

        private static void await(CyclicBarrier current) {
            try {
                current.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the other task completion", e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("The other task completion did not arrive within 30 seconds", e);
            }
        }
    }
}
