package org.cseprotocol.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * A start listener that holds a process start, and with it the caller's open transaction, until the test releases
 * it. One test at a time may use it, because the latches are static.
 */
public class HoldingStartListener implements ExecutionListener {

    private static CountDownLatch started = new CountDownLatch(1);
    private static CountDownLatch released = new CountDownLatch(1);

    /** Re-arms the latches before a test. */
    public static void reset() {
        started = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    public static boolean awaitStart() throws InterruptedException {
        return started.await(30, TimeUnit.SECONDS);
    }

    public static void release() {
        released.countDown();
    }

    @Override
    public void notify(DelegateExecution execution) throws InterruptedException {
        started.countDown();
        if (!released.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The test did not release the held process start within 30 seconds");
        }
    }
}
