package org.circa.semirings;

import org.junit.jupiter.api.Nested;

/** Runs the contract interfaces against every built-in algebra, float64 and float32. */
class BuiltInAlgebrasContractTest {
    @Nested
    class Boolean implements FuzzyContract {
        public Algebra algebra() {
            return BooleanAlgebra.INSTANCE;
        }
    }

    @Nested
    class Probability implements NegationContract {
        public Algebra algebra() {
            return ProbabilityAlgebra.INSTANCE;
        }
    }

    @Nested
    class Probability32 implements NegationContract {
        public Algebra algebra() {
            return Algebras.byName("probability32");
        }
    }

    @Nested
    class LogProbability implements NegationContract {
        public Algebra algebra() {
            return LogProbabilityAlgebra.INSTANCE;
        }
    }

    @Nested
    class LogProbability32 implements NegationContract {
        public Algebra algebra() {
            return Algebras.byName("logprobability32");
        }
    }

    @Nested
    class MaxProduct implements AlgebraContract {
        public Algebra algebra() {
            return MaxProductAlgebra.INSTANCE;
        }
    }

    @Nested
    class LogMaxProduct implements AlgebraContract {
        public Algebra algebra() {
            return LogMaxProductAlgebra.INSTANCE;
        }
    }

    @Nested
    class Godel implements FuzzyContract {
        public Algebra algebra() {
            return FuzzyAlgebra.GODEL;
        }
    }

    @Nested
    class Godel32 implements FuzzyContract {
        public Algebra algebra() {
            return Algebras.byName("godel32");
        }
    }

    @Nested
    class Product implements FuzzyContract {
        public Algebra algebra() {
            return FuzzyAlgebra.PRODUCT;
        }
    }

    @Nested
    class ProductWithPMeans implements FuzzyContract {
        public Algebra algebra() {
            return FuzzyAlgebra.PRODUCT.withPMeanQuantifiers(2, 2);
        }
    }

    @Nested
    class Lukasiewicz implements FuzzyContract {
        public Algebra algebra() {
            return FuzzyAlgebra.LUKASIEWICZ;
        }
    }

    @Nested
    class Lukasiewicz32 implements FuzzyContract {
        public Algebra algebra() {
            return Algebras.byName("lukasiewicz32");
        }
    }

    @Nested
    class Possibility implements FuzzyContract {
        public Algebra algebra() {
            return PossibilityAlgebra.POSSIBILITY;
        }
    }

    @Nested
    class Necessity implements FuzzyContract {
        public Algebra algebra() {
            return PossibilityAlgebra.NECESSITY;
        }
    }

    @Nested
    class UserDefinedTropical implements AlgebraContract {
        public Algebra algebra() {
            return UserAlgebra.of("tropical", Double.POSITIVE_INFINITY, 0.0, Math::min, Double::sum, true);
        }

        public double[] samples() {
            return new double[] {Double.POSITIVE_INFINITY, 0.0, 0.5, 2.0, 7.25};
        }
    }
}
