package org.tierwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting: the request's user, anonymous, the bound actor of a command, or the system. */
class ActorsTests {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void outsideARequestTheSystemActs() {
        assertThat(Actors.current()).isEqualTo(Actors.SYSTEM);
    }

    @Test
    void inARequestTheSignedInUserActsOrAnonymous() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(Actors.current()).isEqualTo(Actors.ANONYMOUS);

        request.setUserPrincipal(() -> "policy2");
        assertThat(Actors.current()).isEqualTo("policy2");
    }

    @Test
    void aBoundActorActsUntilTheWorkIsDone() throws Exception {
        String inside = Actors.actingAs(Actors.commandLine(), Actors::current);

        assertThat(inside).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThat(Actors.current()).isEqualTo(Actors.SYSTEM);
    }
}
