package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** Edge cases, budgets and scale of {@link DnnfCompiler}. */
class DnnfCompilerTest {
    private final DnnfCompiler compiler = new DnnfCompiler();

    @Test
    void cnfWithoutClausesIsTheTrueNode() {
        CircuitBuilder builder = new CircuitBuilder();
        int root = compiler.compile(new Cnf(5, List.of()), builder);
        assertEquals(builder.trueNode(), root);
        assertEquals(BigInteger.valueOf(32), ModelCounter.count(builder.build(root), root, 5));
    }

    @Test
    void unsatisfiableCnfIsTheFalseNode() {
        CircuitBuilder builder = new CircuitBuilder();
        Cnf contradiction = new Cnf(3, List.of(new int[] {1, 2}, new int[] {1, -2},
                new int[] {-1, 3}, new int[] {-1, -3}));
        assertEquals(builder.falseNode(), compiler.compile(contradiction, builder));
        assertEquals(builder.falseNode(), compiler.compile(new Cnf(2, List.of(new int[0])), builder));
        assertEquals(builder.falseNode(),
                compiler.compile(new Cnf(1, List.of(new int[] {1}, new int[] {-1})), builder));
    }

    @Test
    void severalRootsShareOneBuilder() {
        CircuitBuilder builder = new CircuitBuilder();
        int a = compiler.compile(new Cnf(3, List.of(new int[] {1, 2}, new int[] {-2, 3})), builder);
        int b = compiler.compile(new Cnf(3, List.of(new int[] {1, 2})), builder);
        Circuit circuit = builder.build(a, b);
        assertEquals(BigInteger.valueOf(4), ModelCounter.count(circuit, a, 3));
        assertEquals(BigInteger.valueOf(6), ModelCounter.count(circuit, b, 3));
    }

    @Test
    void longImplicationChainDoesNotOverflowTheStack() {
        int n = 50_000;
        List<int[]> clauses = new ArrayList<>();
        for (int v = 1; v < n; v++) {
            clauses.add(new int[] {-v, v + 1});
        }
        CircuitBuilder builder = new CircuitBuilder();
        int root = compiler.compile(new Cnf(n, clauses), builder);
        assertEquals(BigInteger.valueOf(n + 1), ModelCounter.count(builder.build(root), root, n));
    }

    @Test
    void nodeBudgetAbortsWithAClearMessage() {
        DnnfCompiler tight = new DnnfCompiler(CompileOptions.defaults().withNodeBudget(1000));
        CompilationLimitException e = assertThrows(CompilationLimitException.class,
                () -> tight.compile(RandomCnf.threeCnf(70, 2.0, 1), new CircuitBuilder()));
        assertTrue(e.getMessage().contains("node budget of 1000"), e.getMessage());
    }

    @Test
    void timeBudgetAbortsWithAClearMessage() {
        DnnfCompiler hurried = new DnnfCompiler(
                CompileOptions.defaults().withTimeBudget(Duration.ofMillis(20)));
        CompilationLimitException e = assertThrows(CompilationLimitException.class,
                () -> hurried.compile(RandomCnf.threeCnf(150, 2.0, 1), new CircuitBuilder()));
        assertTrue(e.getMessage().contains("time budget"), e.getMessage());
    }

    @Test
    void progressIsReportedDuringLongCompilations() {
        List<CompileProgress> reports = new ArrayList<>();
        DnnfCompiler watched = new DnnfCompiler(CompileOptions.defaults()
                .withTimeBudget(Duration.ofMillis(2500)).withProgress(reports::add));
        assertThrows(CompilationLimitException.class,
                () -> watched.compile(RandomCnf.threeCnf(200, 2.0, 3), new CircuitBuilder()));
        assertTrue(!reports.isEmpty() && reports.get(0).decisions() > 0, "reports: " + reports);
    }
}
