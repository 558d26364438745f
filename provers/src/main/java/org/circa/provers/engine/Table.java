package org.circa.provers.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.circa.language.Term;

/** The answers found so far for one call pattern (up to variable renaming). Not thread-safe. */
final class Table {
    /** Where a table is in its evaluation. */
    enum State { EVALUATING, INCOMPLETE, COMPLETE }

    /** One answer: its term (copied, may hold variables) and its derived atom. */
    static final class Answer {
        final Term term;
        final boolean ground;
        final int atom;
        boolean certain;

        Answer(Term term, int atom) {
            this.term = term;
            this.ground = term.isGround();
            this.atom = atom;
        }
    }

    final String key;
    final List<Answer> answers = new ArrayList<>();
    final Map<String, Answer> byKey = new HashMap<>();
    State state = State.EVALUATING;
    int dfs;
    int low;
    int lastPass;

    Table(String key) {
        this.key = key;
    }
}
