package org.tierwise.rules.testfacts;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test hold a rule's consequence open, to reload while an evaluation is running. */
@org.tierwise.rules.AllowedInRules
public final class Gate {

    public static volatile CountDownLatch entered = new CountDownLatch(1);
    public static volatile CountDownLatch release = new CountDownLatch(1);

    private Gate() {}

    public static void reset() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    /** Called from a rule: signals that it is running, then waits for the test to let it finish. */
    public static void pass() throws InterruptedException {
        entered.countDown();
        if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gate never opened");
        }
    }
}
