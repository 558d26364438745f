package org.circa.grammar;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.circa.language.Term;

/**
 * One element of a flat operator/operand sequence, as the grammar leaves it for
 * {@link OperatorResolver}. Immutable.
 */
sealed interface Item {

    /** The first token of the item, for error positions and adjacency checks. */
    Token first();

    /** The last token of the item. */
    Token last();

    /**
     * A finished operand: a variable, number, string, list, curly term or parenthesised term.
     *
     * @param negatable whether it is a bare number literal that a directly preceding '-' negates
     */
    record Operand(Term term, Token first, Token last, boolean negatable) implements Item {
    }

    /** A name token (atom) that may act as an operator; quoted names never do. */
    record Name(String name, boolean quoted, Token first) implements Item {
        @Override
        public Token last() {
            return first;
        }
    }

    /**
     * A compound in functional notation {@code f(a, b)}; kept unbuilt because after an operand
     * {@code -(1)} means the infix operator applied to a parenthesised term.
     *
     * @param inner the items between the brackets, commas included
     * @param annotation the annotation suffix name, or empty when there is none
     */
    record Functional(Name functor, List<Item> inner, Token close, String annotation, Token last) implements Item {
        @Override
        public Token first() {
            return functor.first();
        }
    }

    /** A ',' token: argument separator or the conjunction operator. */
    record Comma(Token first) implements Item {
        @Override
        public Token last() {
            return first;
        }
    }

    /** A '|' token: list tail separator or the infix alias of ';'. */
    record Bar(Token first) implements Item {
        @Override
        public Token last() {
            return first;
        }
    }
}
