package dev.plumb.load.terraform;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Terraform's arithmetic, comparison and logical operators. The parser nests every chain of binary
 * operators to the right whatever their precedence ({@code a == b && c} comes as {@code a == (b && c)}),
 * so a chain is read back in source order and regrouped by HCL's precedence first.
 */
final class Operators {

    private static final Map<Hcl.Binary.Type, Integer> PRECEDENCE = Map.ofEntries(
            Map.entry(Hcl.Binary.Type.Or, 1),
            Map.entry(Hcl.Binary.Type.And, 2),
            Map.entry(Hcl.Binary.Type.Equal, 3), Map.entry(Hcl.Binary.Type.NotEqual, 3),
            Map.entry(Hcl.Binary.Type.LessThan, 4), Map.entry(Hcl.Binary.Type.GreaterThan, 4),
            Map.entry(Hcl.Binary.Type.LessThanOrEqual, 4), Map.entry(Hcl.Binary.Type.GreaterThanOrEqual, 4),
            Map.entry(Hcl.Binary.Type.Addition, 5), Map.entry(Hcl.Binary.Type.Subtraction, 5),
            Map.entry(Hcl.Binary.Type.Multiplication, 6), Map.entry(Hcl.Binary.Type.Division, 6),
            Map.entry(Hcl.Binary.Type.Modulo, 6));

    private final ValueReader reader;

    Operators(ValueReader reader) {
        this.reader = reader;
    }

    Node unary(Hcl.Unary unary, Position at) {
        Node operand = reader.read(unary.getExpression());
        if (unary.getOperator() == Hcl.Unary.Type.Not) {
            Boolean value = Values.asBool(operand);
            return value == null ? Values.unknown(at) : Values.bool(!value, at);
        }
        BigDecimal number = Values.asNumber(operand);
        return number == null ? Values.unknown(at) : Values.number(number.negate(), at);
    }

    Node binary(Hcl.Binary binary, Position at) {
        List<Expression> operands = new ArrayList<>();
        List<Hcl.Binary.Type> operators = new ArrayList<>();
        flatten(binary, operands, operators);
        return climb(operands, operators, new int[] {0}, 1, at);
    }

    private static void flatten(Expression expression, List<Expression> operands, List<Hcl.Binary.Type> operators) {
        if (expression instanceof Hcl.Binary binary) {
            flatten(binary.getLeft(), operands, operators);
            operators.add(binary.getOperator());
            flatten(binary.getRight(), operands, operators);
        } else {
            operands.add(expression);
        }
    }

    /**
     * Precedence climbing: operand {@code cursor} is the left operand of operator {@code cursor}; every
     * operator binding at least as tightly as {@code minimum} takes the rest of the chain to its right.
     */
    private Node climb(List<Expression> operands, List<Hcl.Binary.Type> operators, int[] cursor, int minimum, Position at) {
        Node left = reader.read(operands.get(cursor[0]));
        while (cursor[0] < operators.size() && PRECEDENCE.get(operators.get(cursor[0])) >= minimum) {
            Hcl.Binary.Type operator = operators.get(cursor[0]);
            cursor[0]++;
            Node right = climb(operands, operators, cursor, PRECEDENCE.get(operator) + 1, at);
            left = apply(operator, left, right, at);
        }
        return left;
    }

    private static Node apply(Hcl.Binary.Type operator, Node left, Node right, Position at) {
        switch (operator) {
            case And, Or -> {
                Boolean a = Values.asBool(left);
                Boolean b = Values.asBool(right);
                boolean and = operator == Hcl.Binary.Type.And;
                // A known side can decide alone: false && anything, true || anything.
                if ((a != null && a != and) || (b != null && b != and)) {
                    return Values.bool(!and, at);
                }
                return a == null || b == null ? Values.unknown(at) : Values.bool(and, at);
            }
            case Equal, NotEqual -> {
                Boolean same = Values.equal(left, right);
                return same == null ? Values.unknown(at) : Values.bool(same == (operator == Hcl.Binary.Type.Equal), at);
            }
            default -> {
                BigDecimal a = Values.asNumber(left);
                BigDecimal b = Values.asNumber(right);
                if (a == null || b == null) {
                    return Values.unknown(at);
                }
                return arithmetic(operator, a, b, at);
            }
        }
    }

    private static Node arithmetic(Hcl.Binary.Type operator, BigDecimal a, BigDecimal b, Position at) {
        return switch (operator) {
            case Addition -> Values.number(a.add(b), at);
            case Subtraction -> Values.number(a.subtract(b), at);
            case Multiplication -> Values.number(a.multiply(b), at);
            case Division -> b.signum() == 0 ? Values.unknown(at) : Values.number(a.divide(b, MathContext.DECIMAL64), at);
            case Modulo -> b.signum() == 0 ? Values.unknown(at) : Values.number(a.remainder(b), at);
            case LessThan -> Values.bool(a.compareTo(b) < 0, at);
            case GreaterThan -> Values.bool(a.compareTo(b) > 0, at);
            case LessThanOrEqual -> Values.bool(a.compareTo(b) <= 0, at);
            case GreaterThanOrEqual -> Values.bool(a.compareTo(b) >= 0, at);
            default -> Values.unknown(at);
        };
    }
}
