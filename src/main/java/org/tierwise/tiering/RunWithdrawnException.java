package org.tierwise.tiering;

/** The tiering run was withdrawn: it is kept to be read, but nothing more is done with it. */
public class RunWithdrawnException extends RuntimeException {

    public RunWithdrawnException(RunRecord run, String refused) {
        super("tiering run " + run.id() + " was withdrawn by "
                + run.withdrawal().by() + " at " + run.withdrawal().at() + " ("
                + run.withdrawal().reason() + "): " + refused);
    }
}
