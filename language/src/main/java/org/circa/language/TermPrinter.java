package org.circa.language;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Prints terms the way ProbLog prints them: compound arguments joined by {@code ,} without a
 * space, list elements by {@code ", "}, operators in operator notation, floats as Python does.
 * Stateless; thread-safe.
 */
public final class TermPrinter {
    private TermPrinter() {
    }

    /** The ProbLog-style text of a term. */
    public static String print(Term t) {
        StringBuilder sb = new StringBuilder();
        new Writer(new IdentityHashMap<>(), false).write(t, 1200, sb);
        return sb.toString();
    }

    /** {@link #print} with each variable under its source name ({@code X}, {@code _}), for printing clauses back. */
    public static String printWithNames(Term t) {
        StringBuilder sb = new StringBuilder();
        new Writer(new IdentityHashMap<>(), true).write(t, 1200, sb);
        return sb.toString();
    }

    /** Python's repr of a float: shortest round-trip digits, plain notation between 1e-4 and 1e16. */
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(d);
        if (a != 0 && (a < 1e-4 || a >= 1e16)) {
            String s = Double.toString(d).replace("E", "e");
            int e = s.indexOf('e');
            String mant = s.substring(0, e);
            String exp = s.substring(e + 1);
            if (mant.endsWith(".0")) {
                mant = mant.substring(0, mant.length() - 2);
            }
            int ev = Integer.parseInt(exp);
            return mant + "e" + (ev < 0 ? "-" : "+") + (Math.abs(ev) < 10 ? "0" : "") + Math.abs(ev);
        }
        String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        if (!s.contains(".")) {
            s = s + ".0";
        }
        return s;
    }

    /** Whether an atom name can be written without quotes. */
    public static boolean isPlainAtom(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (name.equals("[]") || name.equals("{}") || name.equals("!") || name.equals(";")) {
            return true;
        }
        char c = name.charAt(0);
        if (c >= 'a' && c <= 'z') {
            for (int i = 1; i < name.length(); i++) {
                char d = name.charAt(i);
                if (!(Character.isLetterOrDigit(d) || d == '_')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The atom name, quoted when needed. */
    public static String quoteAtom(String name) {
        if (isPlainAtom(name)) {
            return name;
        }
        StringBuilder sb = new StringBuilder("'");
        for (char c : name.toCharArray()) {
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    private record Writer(Map<Var, String> names, boolean sourceNames) {
        void write(Term t, int maxPriority, StringBuilder sb) {
            t = t.deref();
            switch (t) {
                case Atom a -> sb.append(quoteAtom(a.name()));
                case IntTerm i -> sb.append(i.value());
                case FloatTerm f -> sb.append(formatFloat(f.value()));
                case StringTerm s -> sb.append('"').append(s.value().replace("\"", "\\\"")).append('"');
                case Var v -> sb.append(sourceNames ? v.varName() : names.computeIfAbsent(v, k -> "X" + (names.size() + 1)));
                case Struct s -> writeStruct(s, maxPriority, sb);
            }
        }

        private void writeStruct(Struct s, int maxPriority, StringBuilder sb) {
            if (s.isListCell()) {
                writeList(s, sb);
                return;
            }
            if (s.arity() == 1 && s.name().equals("{}")) {
                sb.append('{');
                write(s.arg(0), 1200, sb);
                sb.append('}');
                return;
            }
            Operators.Op infix = s.arity() == 2 ? Operators.infix(s.name()) : null;
            if (infix != null) {
                boolean paren = infix.priority() > maxPriority;
                if (paren) {
                    sb.append('(');
                }
                writeOperand(s.arg(0), infix.leftMax(), sb);
                sb.append(infixText(s.name()));
                if (s.name().equals(",")) {
                    write(s.arg(1), infix.rightMax(), sb);
                } else {
                    writeOperand(s.arg(1), infix.rightMax(), sb);
                }
                if (paren) {
                    sb.append(')');
                }
                return;
            }
            Operators.Op prefix = s.arity() == 1 ? Operators.prefix(s.name()) : null;
            if (prefix != null) {
                boolean paren = prefix.priority() > maxPriority;
                if (paren) {
                    sb.append('(');
                }
                sb.append(s.name());
                Term a = s.arg(0).deref();
                boolean alpha = Character.isLetter(s.name().charAt(0));
                if (alpha || (a instanceof IntTerm || a instanceof FloatTerm) && s.name().equals("-")) {
                    sb.append(' ');
                }
                write(a, prefix.rightMax(), sb);
                if (paren) {
                    sb.append(')');
                }
                return;
            }
            sb.append(quoteAtom(s.name())).append('(');
            for (int i = 0; i < s.arity(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                writeArgument(s.arg(i), sb);
            }
            sb.append(')');
        }

        /** An operand of an operator: a nested conjunction is always parenthesised, as ProbLog prints it. */
        private void writeOperand(Term t, int max, StringBuilder sb) {
            Term d = t.deref();
            if (d instanceof Struct s && s.arity() == 2 && s.name().equals(",") && max < 1200) {
                sb.append('(');
                write(d, 1200, sb);
                sb.append(')');
                return;
            }
            write(d, max, sb);
        }

        /** An argument or list element: as ProbLog prints them, only conjunctions get parentheses. */
        private void writeArgument(Term t, StringBuilder sb) {
            Term d = t.deref();
            if (d instanceof Struct s && s.arity() == 2 && s.name().equals(",")) {
                sb.append('(');
                write(d, 1200, sb);
                sb.append(')');
            } else {
                write(d, 1200, sb);
            }
        }

        private static String infixText(String op) {
            return switch (op) {
                case "," -> ", ";
                case ";" -> "; ";
                case ":-", "<-", "->", "::" -> op.equals("::") ? "::" : " " + op + " ";
                default -> Character.isLetter(op.charAt(0)) ? " " + op + " " : op;
            };
        }

        private void writeList(Struct s, StringBuilder sb) {
            sb.append('[');
            Term t = s;
            boolean first = true;
            while (t instanceof Struct c && c.isListCell()) {
                if (!first) {
                    sb.append(", ");
                }
                writeArgument(c.arg(0), sb);
                first = false;
                t = c.arg(1).deref();
            }
            if (!(t instanceof Atom a && a == Atom.NIL)) {
                sb.append('|');
                write(t, 999, sb);
            }
            sb.append(']');
        }
    }
}
