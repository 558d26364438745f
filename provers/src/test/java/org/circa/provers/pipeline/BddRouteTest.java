package org.circa.provers.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.circa.circuits.compile.CompilationLimitException;
import org.circa.circuits.compile.CompileOptions;
import org.circa.circuits.compile.ProgressListener;
import org.circa.language.GroundProgram;
import org.circa.language.Source;
import org.circa.provers.Engine;
import org.junit.jupiter.api.Test;

/**
 * The BDD route of {@link CompiledQueries} (with and without frequent garbage collection) against
 * the top-down CNF route on random cyclic programs with annotated disjunctions, negation, several
 * queries and evidence.
 */
class BddRouteTest {
    private static final long NO_DEADLINE = Long.MAX_VALUE / 4;

    @Test
    void bddRouteAnswersEqualTheCnfRoute() {
        Random rnd = new Random(5);
        Engine engine = Engine.create();
        for (int round = 0; round < 80; round++) {
            String text = randomProgram(rnd);
            GroundProgram ground = engine.ground(engine.parse(Source.of("random.pl", text)));
            QueryEncoding encoding;
            try {
                encoding = QueryEncoding.of(ground);
            } catch (org.circa.language.CircaException inconsistent) {
                continue; // evidence false in every world: both routes refuse it
            }
            List<QueryResult> cnf = CompiledQueries.compile(encoding, CompileOptions.defaults()).probabilities();
            List<QueryResult> bdd = CompiledQueries.compileWithBdd(encoding, 1_000_000, NO_DEADLINE, ProgressListener.NONE).probabilities();
            // collecting garbage whenever the live nodes double from 1 on: the dropped BDDs go, the held ones stay
            List<QueryResult> collected = CompiledQueries.compileWithBdd(encoding, 1_000_000, NO_DEADLINE,
                    ProgressListener.NONE, 1).probabilities();
            assertEquals(cnf.size(), bdd.size());
            assertEquals(cnf.size(), collected.size());
            for (int i = 0; i < cnf.size(); i++) {
                assertEquals(cnf.get(i).value(), bdd.get(i).value(), 1e-10,
                        cnf.get(i).atom() + " in\n" + text);
                assertEquals(cnf.get(i).value(), collected.get(i).value(), 1e-10,
                        cnf.get(i).atom() + " with garbage collection in\n" + text);
            }
        }
    }

    @Test
    void theNodeBudgetAbortsTheBddRoute() {
        Engine engine = Engine.create();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(String.format(Locale.ROOT, "0.5::edge(%d,%d).%n0.5::edge(%d,%d).%n", i, i + 1, i + 1, i));
        }
        sb.append("path(X,Y) :- edge(X,Y).\npath(X,Y) :- edge(X,Z), path(Z,Y).\nquery(path(0,12)).\n");
        QueryEncoding encoding = QueryEncoding.of(engine.ground(engine.parse(Source.of("chain.pl", sb.toString()))));
        assertThrows(CompilationLimitException.class, () -> CompiledQueries.compileWithBdd(encoding, 10, NO_DEADLINE, ProgressListener.NONE));
    }

    private static String randomProgram(Random rnd) {
        int nodes = 3 + rnd.nextInt(3);
        int edges = 3 + rnd.nextInt(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < edges; i++) {
            sb.append(String.format(Locale.ROOT, "%.2f::edge(%d,%d).%n", 0.05 + 0.9 * rnd.nextDouble(),
                    rnd.nextInt(nodes), rnd.nextInt(nodes)));
        }
        sb.append("0.3::colour(red); 0.5::colour(blue).\n");
        sb.append("path(X,Y) :- edge(X,Y).\npath(X,Y) :- edge(X,Z), path(Z,Y).\n");
        sb.append("ok :- colour(red), path(0,1).\nok :- colour(blue), \\+ path(1,0).\n");
        for (int t = 0; t < nodes; t++) {
            sb.append("query(path(0,").append(t).append(")).\n");
        }
        sb.append("query(ok).\nquery(colour(blue)).\n");
        if (rnd.nextBoolean()) {
            sb.append("evidence(path(").append(rnd.nextInt(nodes)).append(",").append(rnd.nextInt(nodes))
                    .append("), ").append(rnd.nextBoolean()).append(").\n");
        }
        return sb.toString();
    }
}
