// Reads which fields a query selects below a field (fragments merged, arguments resolved), for the Cypher projector.

import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DirectiveNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/** One selected field: the key it answers under, the schema field, its arguments and its own selection. */
export interface SelectedField {
  responseKey: string;
  name: string;
  args: Record<string, unknown>;
  /** The named type of the field's value (Event for [Event!]!). */
  type: GraphQLNamedType;
  /** Every node selecting this response key (merged: `a { x } a { y }`). */
  nodes: FieldNode[];
}

interface Scope {
  info: GraphQLResolveInfo;
}

/** The fields selected below `nodes` on `parentType` (an object or interface type), by response key. */
export function selectedFields(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  parentType: GraphQLNamedType,
): SelectedField[] {
  const byKey = new Map<string, SelectedField>();
  for (const node of nodes) {
    if (node.selectionSet) collect({ info }, node.selectionSet, parentType, byKey);
  }
  return [...byKey.values()];
}

/** The fields selected on the root field being resolved. */
export function rootSelection(info: GraphQLResolveInfo): SelectedField[] {
  return selectedFields(info, info.fieldNodes, getNamedType(info.returnType));
}

/** The selection below one of `fields` by name (e.g. `nodes` of a connection), or null when not selected. */
export function child(
  scope: GraphQLResolveInfo,
  fields: SelectedField[],
  name: string,
): { fields: SelectedField[]; field: SelectedField } | null {
  const field = fields.find((candidate) => candidate.name === name);
  if (!field) return null;
  return { field, fields: selectedFields(scope, field.nodes, field.type) };
}

function collect(
  scope: Scope,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  into: Map<string, SelectedField>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection.directives ?? [], scope.info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const definition = fieldDefinition(parentType, name, scope.info);
      if (!definition) continue;
      const responseKey = selection.alias?.value ?? name;
      const existing = into.get(responseKey);
      if (existing) {
        existing.nodes.push(selection);
        continue;
      }
      into.set(responseKey, {
        responseKey,
        name,
        args: getArgumentValues(definition, selection, scope.info.variableValues),
        type: getNamedType(definition.type),
        nodes: [selection],
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      // Type conditions on Entity's kinds (`... on Person`) all apply: the projector treats entities alike.
      collect(scope, selection.selectionSet, parentType, into);
    } else {
      const fragment = scope.info.fragments[selection.name.value];
      if (fragment) collect(scope, fragment.selectionSet, parentType, into);
    }
  }
}

/** False when `@skip(if: true)` or `@include(if: false)` leaves the selection out. */
function included(directives: readonly DirectiveNode[], variables: Record<string, unknown>): boolean {
  for (const directive of directives) {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    if (!condition) continue;
    const value =
      condition.kind === Kind.VARIABLE
        ? variables[condition.name.value]
        : condition.kind === Kind.BOOLEAN
          ? condition.value
          : undefined;
    if (directive.name.value === 'skip' && value === true) return false;
    if (directive.name.value === 'include' && value === false) return false;
  }
  return true;
}

/** The field on the type or, for an interface, on it or any type implementing it (`... on Person { roles }`). */
function fieldDefinition(
  type: GraphQLNamedType,
  name: string,
  info: GraphQLResolveInfo,
): GraphQLField<unknown, unknown> | undefined {
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const own = type.getFields()[name];
  if (own) return own;
  if (isInterfaceType(type)) {
    for (const implementation of info.schema.getPossibleTypes(type)) {
      const found = implementation.getFields()[name];
      if (found) return found;
    }
  }
  return undefined;
}
