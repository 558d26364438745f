package org.circa.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.Operators;
import org.circa.language.Struct;
import org.circa.language.Term;

/**
 * Turns one flat item sequence into a term by operator priority, following the table of
 * {@link Operators} (a precedence-climbing parser with Prolog's xfx/xfy/yfx/fy/fx types).
 * One instance resolves one sequence. Not thread-safe.
 */
final class OperatorResolver {
    /** The functor of ProbLog head aggregates {@code avg<X>}. */
    static final String AGGREGATE_FUNCTOR = "$aggregate";

    private final TermBuilder builder;
    private final List<Item> items;
    private final Token end;
    private int pos;

    private OperatorResolver(TermBuilder builder, List<Item> items, Token end) {
        this.builder = builder;
        this.items = new ArrayList<>(items);
        this.end = end;
    }

    /** A term of priority at most {@code maxPriority} made of all the items; {@code end} follows them. */
    static Term resolve(TermBuilder builder, List<Item> items, int maxPriority, Token end) {
        if (items.isEmpty()) {
            throw new SyntaxError(end, "expected a term, found " + Describe.token(end));
        }
        OperatorResolver resolver = new OperatorResolver(builder, items, end);
        Parsed parsed = resolver.parse(maxPriority);
        if (resolver.pos < resolver.items.size()) {
            throw resolver.leftover(maxPriority);
        }
        return parsed.term();
    }

    /**
     * The highest priority allowed in an argument or list element. ISO says 999; SWI-Prolog and
     * ProbLog accept any operator there except the separating ',' (so {@code f(a;b)} parses), and
     * so does Circa.
     */
    static final int ARGUMENT_PRIORITY = 1200;

    /**
     * An argument or list element (see {@link #ARGUMENT_PRIORITY}). ProbLog's head aggregate {@code avg<X>} (a name
     * directly followed by '<', a term, and a closing '>' ending the argument) becomes
     * {@code '$aggregate'(avg, X)}; no valid standard term has that shape.
     */
    static Term resolveArgument(TermBuilder builder, List<Item> items, Token end) {
        int n = items.size();
        if (n >= 4 && items.get(0) instanceof Item.Name f && !f.quoted() && Character.isLowerCase(f.name().charAt(0))
                && items.get(1) instanceof Item.Name open && !open.quoted() && open.name().equals("<")
                && open.first().getStartIndex() == f.first().getStopIndex() + 1
                && items.get(n - 1) instanceof Item.Name close && !close.quoted() && close.name().equals(">")) {
            Term inner = resolve(builder, items.subList(2, n - 1), ARGUMENT_PRIORITY, close.first());
            return new Struct(AGGREGATE_FUNCTOR, Atom.of(f.name()), inner);
        }
        return resolve(builder, items, ARGUMENT_PRIORITY, end);
    }

    private record Parsed(Term term, int priority) {
    }

    private Parsed parse(int maxPriority) {
        Parsed left = primary(maxPriority);
        while (pos < items.size()) {
            Operators.Op op = infixAt(pos);
            if (op == null || op.priority() > maxPriority || left.priority() > op.leftMax()) {
                break;
            }
            pos++;
            Term right = parse(op.rightMax()).term();
            String functor = op.name().equals("|") ? ";" : op.name();
            left = new Parsed(new Struct(functor, left.term(), right), op.priority());
        }
        return left;
    }

    /** The infix operator at index i, reshaping the items when needed ({@code a-(b)}, {@code ::\+}). */
    private Operators.Op infixAt(int i) {
        Item item = items.get(i);
        switch (item) {
            case Item.Comma c -> {
                return Operators.infix(",");
            }
            case Item.Bar b -> {
                return Operators.infix("|");
            }
            case Item.Name n when !n.quoted() -> {
                Operators.Op op = Operators.infix(n.name());
                return op != null ? op : splitSymbols(i, n);
            }
            case Item.Functional f when !f.functor().quoted() && Operators.infix(f.functor().name()) != null -> {
                Term inner = OperatorResolver.resolve(builder, f.inner(), 1200, f.close());
                Term operand = f.annotation().isEmpty() ? inner : TermBuilder.annotate(inner, f.annotation());
                Token open = f.functor().first();
                items.set(i, f.functor());
                items.add(i + 1, new Item.Operand(operand, open, f.last(), false));
                return Operators.infix(f.functor().name());
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Splits a symbol-char name such as {@code ::\+} that is no operator into an infix operator
     * followed by a prefix operator ({@code ::} then {@code \+}), as ProbLog reads them.
     */
    private Operators.Op splitSymbols(int i, Item.Name n) {
        String s = n.name();
        for (int cut = s.length() - 1; cut > 0; cut--) {
            Operators.Op infix = Operators.infix(s.substring(0, cut));
            if (infix != null && Operators.prefix(s.substring(cut)) != null && Describe.isSymbolChars(s)) {
                items.set(i, new Item.Name(s.substring(0, cut), false, slice(n.first(), 0, cut)));
                items.add(i + 1, new Item.Name(s.substring(cut), false, slice(n.first(), cut, s.length())));
                return infix;
            }
        }
        return null;
    }

    /**
     * Splits a symbol-char name such as {@code ?::} that is no operator into a plain atom followed
     * by an infix operator ({@code ?} then {@code ::}), as ProbLog reads {@code ?::a}.
     */
    private void splitAtomBeforeInfix(int i, Item.Name n) {
        String s = n.name();
        if (n.quoted() || !Describe.isSymbolChars(s) || Operators.prefix(s) != null || Operators.infix(s) != null
                || i + 1 >= items.size()) {
            return;
        }
        for (int cut = 1; cut < s.length(); cut++) {
            if (Operators.infix(s.substring(cut)) != null) {
                items.set(i, new Item.Name(s.substring(0, cut), true, slice(n.first(), 0, cut)));
                items.add(i + 1, new Item.Name(s.substring(cut), false, slice(n.first(), cut, s.length())));
                return;
            }
        }
    }

    private static Token slice(Token token, int from, int to) {
        CommonToken t = new CommonToken(token);
        t.setText(token.getText().substring(from, to));
        t.setStartIndex(token.getStartIndex() + from);
        t.setStopIndex(token.getStartIndex() + to - 1);
        t.setCharPositionInLine(token.getCharPositionInLine() + from);
        return t;
    }

    private Parsed primary(int maxPriority) {
        if (pos >= items.size()) {
            throw new SyntaxError(end, "expected a term, found " + Describe.token(end));
        }
        Item item = items.get(pos);
        switch (item) {
            case Item.Operand o -> {
                pos++;
                return new Parsed(o.term(), 0);
            }
            case Item.Functional f -> {
                pos++;
                return new Parsed(builder.compound(f), 0);
            }
            case Item.Name n -> {
                return name(n, maxPriority);
            }
            default -> throw new SyntaxError(item.first(), "expected a term, found '" + item.first().getText() + "'");
        }
    }

    private Parsed name(Item.Name n, int maxPriority) {
        splitAtomBeforeInfix(pos, n);
        n = (Item.Name) items.get(pos);
        pos++;
        if (n.quoted()) {
            return new Parsed(Atom.of(n.name()), 0);
        }
        if (n.name().equals("-") && pos < items.size() && items.get(pos) instanceof Item.Operand o
                && o.negatable() && o.first().getStartIndex() == n.first().getStopIndex() + 1) {
            pos++;
            Term negative = o.term() instanceof IntTerm i ? new IntTerm(-i.value())
                    : new FloatTerm(-((FloatTerm) o.term()).value());
            return new Parsed(negative, 0);
        }
        Operators.Op prefix = Operators.prefix(n.name());
        if (prefix == null || !startsOperand(pos)) {
            return new Parsed(Atom.of(n.name()), 0);
        }
        int priority = Math.min(prefix.priority(), maxPriority);
        Term operand = parse(Math.min(prefix.rightMax(), priority)).term();
        return new Parsed(new Struct(n.name(), operand), priority);
    }

    /** Whether the item at i can begin an operand (so a prefix operator before it applies to it). */
    private boolean startsOperand(int i) {
        if (i >= items.size()) {
            return false;
        }
        return switch (items.get(i)) {
            case Item.Operand o -> true;
            case Item.Functional f -> true;
            case Item.Name n -> n.quoted() || Operators.infix(n.name()) == null || Operators.prefix(n.name()) != null;
            default -> false;
        };
    }

    private SyntaxError leftover(int maxPriority) {
        Item item = items.get(pos);
        Operators.Op op = item instanceof Item.Name n && !n.quoted() ? Operators.infix(n.name())
                : item instanceof Item.Comma ? Operators.infix(",")
                : item instanceof Item.Bar ? Operators.infix("|") : null;
        if (op != null && op.priority() > maxPriority) {
            return new SyntaxError(item.first(), "operator '" + op.name() + "' (priority " + op.priority()
                    + ") is not allowed here (maximum priority " + maxPriority + "); add parentheses");
        }
        if (op != null) {
            return new SyntaxError(item.first(), "operator priority clash at '" + op.name() + "' (" + op.type()
                    + ", priority " + op.priority() + "); add parentheses");
        }
        return new SyntaxError(item.first(), "expected an operator, found " + Describe.token(item.first()));
    }
}
