package org.circa.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.circa.language.Atom;
import org.circa.language.FloatTerm;
import org.circa.language.IntTerm;
import org.circa.language.StringTerm;
import org.circa.language.Struct;
import org.circa.language.Term;
import org.circa.language.Var;

/**
 * Builds the term of one clause from its parse tree: turns each bracket level into a flat item
 * sequence and hands it to {@link OperatorResolver}. Holds the clause's variable scope, so one
 * instance serves exactly one clause (or one standalone term). Not thread-safe.
 */
final class TermBuilder extends CircaBaseVisitor<Item> {
    /** The functor of annotated terms {@code T_name}. */
    static final String ALGEBRA_FUNCTOR = "$algebra";

    private final Map<String, Var> variables = new HashMap<>();

    /** The term of a whole clause or standalone term, ending at {@code end}. */
    Term build(CircaParser.TermContext term, Token end) {
        return OperatorResolver.resolve(this, items(term), 1200, end);
    }

    /** The flat item sequence of one bracket level. */
    List<Item> items(CircaParser.TermContext term) {
        List<Item> items = new ArrayList<>(term.item().size());
        for (CircaParser.ItemContext item : term.item()) {
            items.add(visit(item));
        }
        return items;
    }

    @Override
    public Item visitOperandItem(CircaParser.OperandItemContext ctx) {
        Item primary = visit(ctx.primary());
        if (ctx.ANNOTATION() == null) {
            return primary;
        }
        String annotation = ctx.ANNOTATION().getText().substring(1);
        Token last = ctx.ANNOTATION().getSymbol();
        return switch (primary) {
            case Item.Functional f -> new Item.Functional(f.functor(), f.inner(), f.close(), annotation, last);
            case Item.Operand o -> new Item.Operand(annotate(o.term(), annotation), o.first(), last, false);
            default -> throw new IllegalStateException("unexpected primary " + primary);
        };
    }

    @Override
    public Item visitNameItem(CircaParser.NameItemContext ctx) {
        return name(ctx.name());
    }

    @Override
    public Item visitCommaItem(CircaParser.CommaItemContext ctx) {
        return new Item.Comma(ctx.COMMA().getSymbol());
    }

    @Override
    public Item visitBarItem(CircaParser.BarItemContext ctx) {
        return new Item.Bar(ctx.BAR().getSymbol());
    }

    @Override
    public Item visitCompound(CircaParser.CompoundContext ctx) {
        Token close = ctx.CLOSE().getSymbol();
        return new Item.Functional(name(ctx.name()), items(ctx.term()), close, "", close);
    }

    @Override
    public Item visitParenthesized(CircaParser.ParenthesizedContext ctx) {
        Token close = ctx.CLOSE().getSymbol();
        Term inner = OperatorResolver.resolve(this, items(ctx.term()), 1200, close);
        return new Item.Operand(inner, ctx.getStart(), close, false);
    }

    @Override
    public Item visitEmptyList(CircaParser.EmptyListContext ctx) {
        return new Item.Operand(Atom.NIL, ctx.LBRACK().getSymbol(), ctx.RBRACK().getSymbol(), false);
    }

    @Override
    public Item visitList(CircaParser.ListContext ctx) {
        Token close = ctx.RBRACK().getSymbol();
        Term list = ListBuilder.build(this, items(ctx.term()), close);
        return new Item.Operand(list, ctx.LBRACK().getSymbol(), close, false);
    }

    @Override
    public Item visitEmptyCurly(CircaParser.EmptyCurlyContext ctx) {
        return new Item.Operand(Atom.EMPTY_BLOCK, ctx.LBRACE().getSymbol(), ctx.RBRACE().getSymbol(), false);
    }

    @Override
    public Item visitCurly(CircaParser.CurlyContext ctx) {
        Token close = ctx.RBRACE().getSymbol();
        Term inner = OperatorResolver.resolve(this, items(ctx.term()), 1200, close);
        return new Item.Operand(new Struct("{}", inner), ctx.LBRACE().getSymbol(), close, false);
    }

    @Override
    public Item visitVariable(CircaParser.VariableContext ctx) {
        String name = ctx.VAR().getText();
        Var v = name.equals("_") ? new Var("_") : variables.computeIfAbsent(name, Var::new);
        return operand(v, ctx.VAR(), false);
    }

    @Override
    public Item visitInteger(CircaParser.IntegerContext ctx) {
        return operand(new IntTerm(Literals.integer(ctx.INT().getSymbol())), ctx.INT(), true);
    }

    @Override
    public Item visitFloat(CircaParser.FloatContext ctx) {
        return operand(new FloatTerm(Literals.floating(ctx.FLOAT().getSymbol())), ctx.FLOAT(), true);
    }

    @Override
    public Item visitCharCode(CircaParser.CharCodeContext ctx) {
        return operand(new IntTerm(Literals.charCode(ctx.CHAR_CODE().getSymbol())), ctx.CHAR_CODE(), true);
    }

    @Override
    public Item visitString(CircaParser.StringContext ctx) {
        return operand(new StringTerm(Literals.quoted(ctx.STRING().getSymbol())), ctx.STRING(), false);
    }

    /** The compound of a functional-notation item, arguments split at top-level commas. */
    Term compound(Item.Functional f) {
        List<Term> args = new ArrayList<>();
        List<Item> argument = new ArrayList<>();
        for (Item item : f.inner()) {
            if (item instanceof Item.Comma comma) {
                args.add(OperatorResolver.resolveArgument(this, argument, comma.first()));
                argument = new ArrayList<>();
            } else {
                argument.add(item);
            }
        }
        args.add(OperatorResolver.resolveArgument(this, argument, f.close()));
        Term t = new Struct(f.functor().name(), args.toArray(Term[]::new));
        return f.annotation().isEmpty() ? t : annotate(t, f.annotation());
    }

    /** {@code $algebra(T, name)}: the term {@code T_name}. */
    static Term annotate(Term t, String annotation) {
        return new Struct(ALGEBRA_FUNCTOR, t, Atom.of(annotation));
    }

    private static Item.Name name(CircaParser.NameContext ctx) {
        Token token = ctx.getStart();
        if (token.getType() == CircaLexer.QUOTED) {
            return new Item.Name(Literals.quoted(token), true, token);
        }
        return new Item.Name(token.getText(), false, token);
    }

    private static Item.Operand operand(Term term, TerminalNode node, boolean negatable) {
        return new Item.Operand(term, node.getSymbol(), node.getSymbol(), negatable);
    }
}
