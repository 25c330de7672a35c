// Validation rules that refuse operations too deep, too aliased or too costly before they touch Neo4j.

import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Each field costs 1; a field's children cost NESTING_FACTOR times more, a rough guess at list fan-out. */
const NESTING_FACTOR = 2;

export function createOperationLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    let aliases = 0;
    const measure = (
      set: SelectionSetNode,
      depth: number,
      seen: Set<string>,
    ): { depth: number; cost: number } => {
      let deepest = depth;
      let cost = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases += 1;
          if (selection.name.value.startsWith('__')) continue;
          const child = selection.selectionSet
            ? measure(selection.selectionSet, depth + 1, seen)
            : { depth, cost: 0 };
          deepest = Math.max(deepest, child.depth);
          cost += 1 + child.cost * NESTING_FACTOR;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const child = measure(selection.selectionSet, depth, seen);
          deepest = Math.max(deepest, child.depth);
          cost += child.cost;
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue; // cycles are reported by the standard rules
          const child = measure(fragment.selectionSet, depth, new Set([...seen, name]));
          deepest = Math.max(deepest, child.depth);
          cost += child.cost;
        }
      }
      return { depth: deepest, cost };
    };
    return {
      OperationDefinition(operation) {
        aliases = 0;
        const { depth, cost } = measure(operation.selectionSet, 1, new Set());
        const name = operation.name ? ` "${operation.name.value}"` : '';
        if (depth > limits.maxDepth) {
          context.reportError(
            limitError(
              `operation${name} is ${depth} levels deep; the limit is ${limits.maxDepth} (KG_MAX_DEPTH)`,
            ),
          );
        }
        if (aliases > limits.maxAliases) {
          context.reportError(
            limitError(
              `operation${name} uses ${aliases} aliases; the limit is ${limits.maxAliases} (KG_MAX_ALIASES)`,
            ),
          );
        }
        if (cost > limits.maxCost) {
          context.reportError(
            limitError(
              `operation${name} has an estimated cost of ${Math.round(cost)}; the limit is ${limits.maxCost} (KG_MAX_COST); ask for fewer nested lists`,
            ),
          );
        }
      },
    };
  };
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}
