package org.cseprotocol.security;

/**
 * A field that an injected expression sets to 42 when the engine evaluates it. Public, because the expression
 * language reaches it by reflection.
 */
public final class ExpressionProbe {

    public static volatile long value;

    static final String EXPRESSION = "${''.getClass().forName('" + ExpressionProbe.class.getName()
            + "').getField('value').setLong(null, 42)}";

    private ExpressionProbe() {
    }
}
