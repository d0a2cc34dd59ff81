package dev.tempo.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;

/** The one problem a read is expected to be rejected with. */
final class Rejection {
    private Rejection() {}

    static Problem of(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.getMessage()).doesNotContain("[Source:", "at com.", "Exception");
            return e.problems().get(0);
        }
        return fail("expected an InvalidInputException");
    }
}
