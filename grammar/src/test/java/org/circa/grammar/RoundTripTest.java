package org.circa.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Operators;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;
import org.junit.jupiter.api.Test;

/**
 * Differential round trips on random terms: (1) canonical functional notation parses back to the
 * same term; (2) operator notation written by an independent minimal-parentheses writer driven by
 * the {@link Operators} table parses back to the same term.
 */
class RoundTripTest {
    private static final int SAMPLES = 3000;
    private static final String[] NAMES = {"a", "foo", "b_1", "[]", "{}", "!", ";", "-", "+", ":-", "=..", "\\+",
            "hello world", "it's", "a\nb", "\\", "", "X", "_y", "mod", "."};
    private static final List<Operators.Op> INFIX = Operators.infixOperators().values().stream()
            .filter(op -> !op.name().equals("|")).sorted((x, y) -> x.name().compareTo(y.name())).toList();
    private static final List<Operators.Op> PREFIX = Operators.prefixOperators().values().stream()
            .sorted((x, y) -> x.name().compareTo(y.name())).toList();

    @Test
    void canonicalTextParsesBackToTheSameTerm() {
        Random random = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            Term t = randomTerm(random, 4, new ArrayList<>());
            String text = Canonical.of(t);
            Term back = ProgramParser.parseTerm(text);
            assertTrue(Canonical.variant(t, back), () -> text + " parsed as " + Canonical.of(back));
        }
    }

    @Test
    void operatorTextParsesBackToTheSameTerm() {
        Random random = new Random(7);
        for (int i = 0; i < SAMPLES; i++) {
            Term t = randomOperatorTerm(random, 5);
            String text = OperatorWriter.write(t);
            Term back = ProgramParser.parseTerm(text);
            assertTrue(Canonical.variant(t, back), () -> text + "\n expected " + Canonical.of(t)
                    + "\n parsed   " + Canonical.of(back));
        }
    }

    private static Term randomTerm(Random r, int depth, List<Var> vars) {
        int kind = r.nextInt(depth <= 0 ? 5 : 8);
        return switch (kind) {
            case 0 -> Atom.of(NAMES[r.nextInt(NAMES.length)]);
            case 1 -> new IntTerm(r.nextInt(2001) - 1000);
            case 2 -> new FloatTerm((r.nextInt(20001) - 10000) / 64.0);
            case 3 -> new StringTerm(r.nextBoolean() ? "s" : "q\"x\\y");
            case 4 -> {
                if (vars.isEmpty() || r.nextInt(3) == 0) {
                    vars.add(new Var("V" + vars.size()));
                }
                yield vars.get(r.nextInt(vars.size()));
            }
            default -> {
                Term[] args = new Term[1 + r.nextInt(3)];
                for (int i = 0; i < args.length; i++) {
                    args[i] = randomTerm(r, depth - 1, vars);
                }
                yield new Struct(NAMES[r.nextInt(NAMES.length)], args);
            }
        };
    }

    private static Term randomOperatorTerm(Random r, int depth) {
        int kind = depth <= 0 ? r.nextInt(2) : r.nextInt(6);
        return switch (kind) {
            case 0 -> Atom.of(new String[] {"a", "b", "c", "foo"}[r.nextInt(4)]);
            case 1 -> new IntTerm(r.nextInt(21) - 10);
            case 2 -> new Struct(PREFIX.get(r.nextInt(PREFIX.size())).name(), randomOperatorTerm(r, depth - 1));
            default -> new Struct(INFIX.get(r.nextInt(INFIX.size())).name(),
                    randomOperatorTerm(r, depth - 1), randomOperatorTerm(r, depth - 1));
        };
    }

    /** Writes operator terms with the fewest parentheses that the priorities allow, spaces around operators. */
    private static final class OperatorWriter {
        static String write(Term t) {
            StringBuilder sb = new StringBuilder();
            write(t, 1200, sb);
            return sb.toString();
        }

        private static int priority(Term t) {
            if (t instanceof Struct s && s.arity() == 2 && Operators.infix(s.name()) != null) {
                return Operators.infix(s.name()).priority();
            }
            if (t instanceof Struct s && s.arity() == 1 && Operators.prefix(s.name()) != null) {
                return Operators.prefix(s.name()).priority();
            }
            return 0;
        }

        private static void write(Term t, int max, StringBuilder sb) {
            boolean paren = priority(t) > max;
            sb.append(paren ? "(" : "");
            if (t instanceof Struct s && s.arity() == 2) {
                Operators.Op op = Operators.infix(s.name());
                write(s.arg(0), op.leftMax(), sb);
                sb.append(' ').append(op.name()).append(' ');
                write(s.arg(1), op.rightMax(), sb);
            } else if (t instanceof Struct s) {
                sb.append(s.name()).append(' ');
                write(s.arg(0), Operators.prefix(s.name()).rightMax(), sb);
            } else {
                sb.append(t);
            }
            sb.append(paren ? ")" : "");
        }
    }
}
