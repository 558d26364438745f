package org.circa.language;

import java.util.Map;
import java.util.HashMap;

/**
 * The operator table of Circa's language: the standard Prolog operators plus ProbLog's
 * ({@code ::}, {@code <-}) and those of ProbLog libraries ({@code =>}). Immutable; thread-safe.
 */
public final class Operators {
    /** Associativity and priority of one operator. */
    public record Op(String name, int priority, String type) {
        /** Maximum priority of the left argument. */
        public int leftMax() {
            return type.charAt(0) == 'y' ? priority : priority - 1;
        }

        /** Maximum priority of the right argument. */
        public int rightMax() {
            return type.charAt(type.length() - 1) == 'y' ? priority : priority - 1;
        }
    }

    private static final Map<String, Op> INFIX = new HashMap<>();
    private static final Map<String, Op> PREFIX = new HashMap<>();

    static {
        infix(1200, "xfx", ":-", "-->", "<-");
        prefix(1200, "fx", ":-", "?-");
        infix(1100, "xfy", ";", "|");
        infix(1050, "xfy", "->", "*->");
        infix(1000, "xfy", ",");
        infix(1000, "xfx", "::");
        infix(950, "xfx", "=>");
        prefix(900, "fy", "\\+");
        infix(700, "xfx", "=", "\\=", "==", "\\==", "@<", "@>", "@=<", "@>=", "=..", "is", "=:=", "=\\=",
                "<", ">", "=<", ">=");
        infix(600, "xfy", ":");
        // DeepLog formula connectives: below ':' so an aggregation binds everything to its right,
        // and 'not' binds tighter than 'and'/'or' ("not a or b" is "(not a) or b").
        infix(590, "xfy", "implies");
        infix(580, "xfy", "or");
        infix(570, "xfy", "and");
        prefix(560, "fy", "not");
        infix(450, "xfx", "..");
        infix(500, "yfx", "+", "-", "/\\", "\\/", "xor");
        infix(400, "yfx", "*", "/", "//", "rem", "mod", "div", "<<", ">>");
        infix(200, "xfx", "**");
        infix(200, "xfy", "^");
        prefix(200, "fy", "-", "+", "\\");
    }

    private Operators() {
    }

    private static void infix(int p, String type, String... names) {
        for (String n : names) {
            INFIX.put(n, new Op(n, p, type));
        }
    }

    private static void prefix(int p, String type, String... names) {
        for (String n : names) {
            PREFIX.put(n, new Op(n, p, type));
        }
    }

    /** The infix operator with this name, or {@code null}. */
    public static Op infix(String name) {
        return INFIX.get(name);
    }

    /** The prefix operator with this name, or {@code null}. */
    public static Op prefix(String name) {
        return PREFIX.get(name);
    }

    /** All infix operators, by name. */
    public static Map<String, Op> infixOperators() {
        return Map.copyOf(INFIX);
    }

    /** All prefix operators, by name. */
    public static Map<String, Op> prefixOperators() {
        return Map.copyOf(PREFIX);
    }
}
