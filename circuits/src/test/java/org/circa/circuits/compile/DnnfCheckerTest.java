package org.circa.circuits.compile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.circa.circuits.Circuit;
import org.circa.circuits.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** The checker accepts decision-DNNF and rejects circuits that break either property. */
class DnnfCheckerTest {
    @Test
    void rejectsAndNodeWhoseChildrenShareAVariable() {
        CircuitBuilder b = new CircuitBuilder();
        int shared = b.and(b.or(b.literal(1), b.literal(2)), b.or(b.literal(-1), b.literal(3)));
        Circuit c = b.build(shared);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DnnfChecker.checkDecomposable(c, shared));
        assertTrue(e.getMessage().contains("AND node " + shared), e.getMessage());
    }

    @Test
    void rejectsOrNodeWithOverlappingChildren() {
        CircuitBuilder b = new CircuitBuilder();
        int overlap = b.or(b.and(b.literal(1), b.literal(2)), b.and(b.literal(1), b.literal(3)));
        Circuit c = b.build(overlap);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DnnfChecker.checkDeterministic(c, overlap));
        assertTrue(e.getMessage().contains("OR node " + overlap), e.getMessage());
    }

    @Test
    void acceptsSemanticallyDisjointOrWithoutDecisionLiterals() {
        CircuitBuilder b = new CircuitBuilder();
        int x1x2 = b.and(b.literal(1), b.literal(2));
        int notBoth = b.or(b.literal(-1), b.and(b.literal(1), b.literal(-2)));
        int disjoint = b.or(x1x2, notBoth);
        Circuit c = b.build(disjoint);
        assertDoesNotThrow(() -> DnnfChecker.checkDeterministic(c, disjoint));
    }
}
