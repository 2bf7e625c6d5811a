package org.tierwise.audit;

import java.security.Principal;
import java.util.concurrent.Callable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting: the signed-in user of the current request (whatever authenticated it: the request's
 * principal is what Spring Security sets), {@code anonymous} in a request nobody signed in to, the
 * actor bound to the thread by {@link #actingAs} (the batch commands bind {@code cli:<os user>}),
 * and {@code system} otherwise (fixtures loaded at start-up, the rules-directory watcher).
 * Background work started by a request carries its actor explicitly.
 */
public final class Actors {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private Actors() {}

    /** The actor of the current thread. */
    public static String current() {
        String bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes request) {
            return of(request.getRequest().getUserPrincipal());
        }
        return SYSTEM;
    }

    /** The name of a request's principal, or {@code anonymous}. */
    public static String of(Principal principal) {
        return principal == null
                        || principal.getName() == null
                        || principal.getName().isBlank()
                ? ANONYMOUS
                : principal.getName();
    }

    /** The actor of a batch command: {@code cli:} and the operating-system user who ran it. */
    public static String commandLine() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** Runs {@code work} with {@code actor} as the current actor of this thread. */
    public static <T> T actingAs(String actor, Callable<T> work) throws Exception {
        String previous = BOUND.get();
        BOUND.set(actor);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }
}
