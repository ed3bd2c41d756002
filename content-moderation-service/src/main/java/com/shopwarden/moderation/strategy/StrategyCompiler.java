package com.shopwarden.moderation.strategy;

import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles strategy expressions (CEL with the standard macros) once, when they are saved, and says
 * which signal families each one reads. The expression sees three variables, all maps: {@code
 * content}, {@code signals} ({@code terms}, {@code scores}, {@code hashes}) and {@code account}; it
 * must yield a bool.
 */
public final class StrategyCompiler {

  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("content", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar("signals", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar("account", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .setResultType(SimpleType.BOOL)
          .build();

  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

  private static final Map<String, SignalFamily> FIELDS =
      Map.of(
          "terms", SignalFamily.TERMS,
          "scores", SignalFamily.SCORES,
          "hashes", SignalFamily.HASHES);

  /** A compiled expression and the signal families it reads. */
  public record Compiled(CelRuntime.Program program, Set<SignalFamily> families) {

    /** Evaluates against one item; an evaluation error (a missing key) counts as no match. */
    public boolean matches(Map<String, Object> variables) {
      try {
        return Boolean.TRUE.equals(program.eval(variables));
      } catch (CelEvaluationException e) {
        return false;
      }
    }
  }

  /**
   * Compiles an expression.
   *
   * @throws ProblemException 400 naming the field {@code expression}, with the line and column of
   *     the first error
   */
  public Compiled compile(String expression) {
    CelAbstractSyntaxTree ast;
    try {
      ast = COMPILER.compile(expression).getAst();
    } catch (CelValidationException e) {
      CelIssue first = e.getErrors().get(0);
      int line = first.getSourceLocation().getLine();
      int column = first.getSourceLocation().getColumn() + 1;
      String message = "line " + line + ", column " + column + ": " + first.getMessage();
      throw new ProblemException(
              ProblemType.VALIDATION,
              "expression: " + message,
              List.of(new FieldViolation("expression", message)),
              Map.of())
          .with("line", line)
          .with("column", column);
    }
    try {
      return new Compiled(RUNTIME.createProgram(ast), familiesOf(ast));
    } catch (Exception e) {
      throw ProblemException.invalidField("expression", "cannot be planned: " + e.getMessage());
    }
  }

  /**
   * The families an expression references: {@code signals.terms} or {@code signals["terms"]} for
   * each signal field, {@code account} for the account context. A use of {@code signals} as a whole
   * (passed to a function) references every family.
   */
  static Set<SignalFamily> familiesOf(CelAbstractSyntaxTree ast) {
    Set<SignalFamily> families = EnumSet.noneOf(SignalFamily.class);
    int signalIdents = 0;
    int recognised = 0;
    for (CelNavigableExpr node :
        (Iterable<CelNavigableExpr>) CelNavigableAst.fromAst(ast).getRoot().allNodes()::iterator) {
      CelExpr expr = node.expr();
      switch (expr.getKind()) {
        case IDENT -> {
          String name = expr.ident().name();
          if (name.equals("signals")) {
            signalIdents++;
          } else if (name.equals("account")) {
            families.add(SignalFamily.ACCOUNT);
          }
        }
        case SELECT -> {
          CelExpr operand = expr.select().operand();
          if (isSignals(operand) && FIELDS.containsKey(expr.select().field())) {
            families.add(FIELDS.get(expr.select().field()));
            recognised++;
          }
        }
        case CALL -> {
          List<CelExpr> args = expr.call().args();
          if (expr.call().function().equals("_[_]")
              && args.size() == 2
              && isSignals(args.get(0))
              && args.get(1).getKind() == CelExpr.ExprKind.Kind.CONSTANT
              && FIELDS.containsKey(args.get(1).constant().stringValue())) {
            families.add(FIELDS.get(args.get(1).constant().stringValue()));
            recognised++;
          }
        }
        default -> {}
      }
    }
    if (signalIdents > recognised) {
      families.addAll(FIELDS.values());
    }
    return families;
  }

  private static boolean isSignals(CelExpr expr) {
    return expr.getKind() == CelExpr.ExprKind.Kind.IDENT && expr.ident().name().equals("signals");
  }
}
