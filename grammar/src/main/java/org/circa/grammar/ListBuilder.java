package org.circa.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.circa.language.Atom;
import org.circa.language.Struct;
import org.circa.language.Term;

/** Builds {@code [a, b | T]} from the items between the brackets. Stateless. */
final class ListBuilder {
    private ListBuilder() {
    }

    /** The list term; elements and tail are resolved like arguments. */
    static Term build(TermBuilder builder, List<Item> items, Token close) {
        List<Term> elements = new ArrayList<>();
        List<Item> element = new ArrayList<>();
        int i = 0;
        for (; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Item.Comma comma) {
                elements.add(OperatorResolver.resolveArgument(builder, element, comma.first()));
                element = new ArrayList<>();
            } else if (item instanceof Item.Bar) {
                break;
            } else {
                element.add(item);
            }
        }
        Token elementEnd = i < items.size() ? items.get(i).first() : close;
        elements.add(OperatorResolver.resolveArgument(builder, element, elementEnd));
        if (i == items.size()) {
            return Struct.list(elements, Atom.NIL);
        }
        List<Item> tail = items.subList(i + 1, items.size());
        for (Item item : tail) {
            if (item instanceof Item.Comma || item instanceof Item.Bar) {
                throw new SyntaxError(item.first(), "expected ']' after the tail of the list, found '"
                        + item.first().getText() + "'");
            }
        }
        return Struct.list(elements, OperatorResolver.resolve(builder, tail, OperatorResolver.ARGUMENT_PRIORITY, close));
    }
}
