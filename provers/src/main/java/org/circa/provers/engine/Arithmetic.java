package org.circa.provers.engine;

import org.circa.language.Atom;
import org.circa.language.DiagnosticCode;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/** Evaluation of arithmetic expressions as {@code is/2} does. Stateless. */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** The value of an expression: an {@link IntTerm} or a {@link FloatTerm}. */
    public static Term eval(Term t) {
        t = t.deref();
        switch (t) {
            case IntTerm i -> {
                return i;
            }
            case FloatTerm f -> {
                return f;
            }
            case Var v -> throw new PrologError(DiagnosticCode.CALL_MODE_ERROR, "arithmetic on an unbound variable");
            case Atom a -> {
                return switch (a.name()) {
                    case "pi" -> new FloatTerm(Math.PI);
                    case "e" -> new FloatTerm(Math.E);
                    case "inf", "infinite" -> new FloatTerm(Double.POSITIVE_INFINITY);
                    case "nan" -> new FloatTerm(Double.NaN);
                    case "random" -> new FloatTerm(Math.random());
                    case "[]" -> throw typeError(a);
                    default -> throw typeError(a);
                };
            }
            case StringTerm s -> {
                if (s.value().length() == 1) {
                    return new IntTerm(s.value().charAt(0));
                }
                throw typeError(s);
            }
            case Struct s -> {
                if (s.isListCell() && s.arg(1).deref() == Atom.NIL) {
                    return eval(s.arg(0));
                }
                if (s.arity() == 1) {
                    return unary(s.name(), eval(s.arg(0)), s);
                }
                if (s.arity() == 2) {
                    return binary(s.name(), eval(s.arg(0)), eval(s.arg(1)), s);
                }
                throw typeError(s);
            }
        }
    }

    private static PrologError typeError(Term t) {
        return new PrologError(DiagnosticCode.ARITHMETIC_ERROR, "not an arithmetic expression: " + t);
    }

    /** The numeric value as a double. */
    public static double toDouble(Term n) {
        return n instanceof IntTerm i ? i.value() : ((FloatTerm) n).value();
    }

    private static Term num(double d) {
        return new FloatTerm(d);
    }

    private static Term unary(String op, Term x, Term expr) {
        boolean isInt = x instanceof IntTerm;
        long i = isInt ? ((IntTerm) x).value() : 0;
        double d = toDouble(x);
        return switch (op) {
            case "-" -> isInt ? new IntTerm(-i) : num(-d);
            case "+" -> x;
            case "abs" -> isInt ? new IntTerm(Math.abs(i)) : num(Math.abs(d));
            case "sign" -> isInt ? new IntTerm(Long.signum(i)) : num(Math.signum(d));
            case "min", "max" -> throw typeError(expr);
            case "sqrt" -> num(Math.sqrt(d));
            case "exp" -> num(Math.exp(d));
            case "log" -> num(Math.log(d));
            case "log2" -> num(Math.log(d) / Math.log(2));
            case "sin" -> num(Math.sin(d));
            case "cos" -> num(Math.cos(d));
            case "tan" -> num(Math.tan(d));
            case "asin" -> num(Math.asin(d));
            case "acos" -> num(Math.acos(d));
            case "atan" -> num(Math.atan(d));
            case "float" -> num(d);
            case "integer" -> new IntTerm(Math.round(d));
            case "float_integer_part" -> num((double) (long) d);
            case "float_fractional_part" -> num(d - (long) d);
            case "truncate" -> new IntTerm((long) d);
            case "round" -> new IntTerm(Math.round(d));
            case "ceiling" -> new IntTerm((long) Math.ceil(d));
            case "floor" -> new IntTerm((long) Math.floor(d));
            case "\\" -> new IntTerm(~requireInt(x, expr));
            default -> throw typeError(expr);
        };
    }

    private static long requireInt(Term x, Term expr) {
        if (x instanceof IntTerm i) {
            return i.value();
        }
        throw new PrologError(DiagnosticCode.TYPE_ERROR, "integer expected in " + expr);
    }

    private static Term binary(String op, Term x, Term y, Term expr) {
        boolean ints = x instanceof IntTerm && y instanceof IntTerm;
        double a = toDouble(x);
        double b = toDouble(y);
        switch (op) {
            case "+":
                return ints ? new IntTerm(((IntTerm) x).value() + ((IntTerm) y).value()) : num(a + b);
            case "-":
                return ints ? new IntTerm(((IntTerm) x).value() - ((IntTerm) y).value()) : num(a - b);
            case "*":
                return ints ? new IntTerm(((IntTerm) x).value() * ((IntTerm) y).value()) : num(a * b);
            case "/":
                if (ints) {
                    long p = ((IntTerm) x).value();
                    long q = ((IntTerm) y).value();
                    if (q == 0) {
                        throw new PrologError(DiagnosticCode.ARITHMETIC_ERROR, "division by zero");
                    }
                    return p % q == 0 ? new IntTerm(p / q) : num((double) p / q);
                }
                return num(a / b);
            case "//":
                return new IntTerm(requireInt(x, expr) / nonZero(requireInt(y, expr)));
            case "mod": {
                long p = requireInt(x, expr);
                long q = nonZero(requireInt(y, expr));
                return new IntTerm(Math.floorMod(p, q));
            }
            case "rem":
                return new IntTerm(requireInt(x, expr) % nonZero(requireInt(y, expr)));
            case "div":
                return new IntTerm(Math.floorDiv(requireInt(x, expr), nonZero(requireInt(y, expr))));
            case "min":
                return compare(x, y) <= 0 ? x : y;
            case "max":
                return compare(x, y) >= 0 ? x : y;
            case "**":
                if (ints && ((IntTerm) y).value() >= 0) {
                    return new IntTerm(ipow(((IntTerm) x).value(), ((IntTerm) y).value()));
                }
                return num(Math.pow(a, b));
            case "^":
                if (ints) {
                    return new IntTerm(ipow(((IntTerm) x).value(), ((IntTerm) y).value()));
                }
                return num(Math.pow(a, b));
            case "atan2":
            case "atan":
                return num(Math.atan2(a, b));
            case "log":
                return num(Math.log(b) / Math.log(a));
            case ">>":
                return new IntTerm(requireInt(x, expr) >> requireInt(y, expr));
            case "<<":
                return new IntTerm(requireInt(x, expr) << requireInt(y, expr));
            case "/\\":
                return new IntTerm(requireInt(x, expr) & requireInt(y, expr));
            case "\\/":
                return new IntTerm(requireInt(x, expr) | requireInt(y, expr));
            case "xor":
                return new IntTerm(requireInt(x, expr) ^ requireInt(y, expr));
            case "gcd": {
                long p = Math.abs(requireInt(x, expr));
                long q = Math.abs(requireInt(y, expr));
                while (q != 0) {
                    long r = p % q;
                    p = q;
                    q = r;
                }
                return new IntTerm(p);
            }
            default:
                throw typeError(expr);
        }
    }

    private static long nonZero(long q) {
        if (q == 0) {
            throw new PrologError(DiagnosticCode.ARITHMETIC_ERROR, "division by zero");
        }
        return q;
    }

    private static long ipow(long base, long exp) {
        if (exp < 0) {
            throw new PrologError(DiagnosticCode.ARITHMETIC_ERROR, "negative integer exponent");
        }
        long r = 1;
        for (long i = 0; i < exp; i++) {
            r *= base;
        }
        return r;
    }

    /** Numeric comparison of two evaluated numbers. */
    public static int compare(Term x, Term y) {
        if (x instanceof IntTerm a && y instanceof IntTerm b) {
            return Long.compare(a.value(), b.value());
        }
        return Double.compare(toDouble(x), toDouble(y));
    }
}
