// Measures an operation before it runs (depth, aliases, directives, estimated cost) and refuses one over the limits.

import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import { listFanOut } from './list-fan-out.ts';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  /** Roughly the number of values the response can hold: each field costs 1, times the size of every list around it. */
  cost: number;
}

type Variables = Record<string, unknown> | null | undefined;

/** Measures the operation `operationName` of `document` against `schema`, with the request's variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
): OperationMeasure | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations[0];
  if (!operation) return null;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return null;

  // A fragment spread many times is measured once per parent type: a "fragment bomb" stays linear to measure.
  const memo = new Map<string, OperationMeasure>();
  const measureSet = (
    parent: GraphQLCompositeType,
    set: SelectionSetNode,
    introspecting: boolean,
    seen: ReadonlySet<string>,
  ): OperationMeasure => {
    const total: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
    const add = (part: OperationMeasure, depthOffset: number): void => {
      total.depth = Math.max(total.depth, part.depth + depthOffset);
      total.aliases += part.aliases;
      total.directives += part.directives;
      total.cost += part.cost;
    };
    for (const selection of set.selections) {
      total.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        add(measureField(parent, selection, introspecting, seen), 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (condition && isCompositeType(condition))
          add(measureSet(condition, selection.selectionSet, introspecting, seen), 0);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // unknown or cyclic: the standard validation reports it
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (!condition || !isCompositeType(condition)) continue;
        const key = `${name}|${parent.name}|${introspecting}`;
        let part = memo.get(key);
        if (!part) {
          part = measureSet(condition, fragment.selectionSet, introspecting, new Set([...seen, name]));
          memo.set(key, part);
        }
        add(part, 0);
      }
    }
    return total;
  };

  const measureField = (
    parent: GraphQLCompositeType,
    node: FieldNode,
    introspecting: boolean,
    seen: ReadonlySet<string>,
  ): OperationMeasure => {
    const aliases = node.alias ? 1 : 0;
    const name = node.name.value;
    if (name === '__typename') return { depth: 0, aliases, directives: 0, cost: 0 };
    const field = fieldOf(parent, name);
    if (!field) return { depth: 0, aliases, directives: 0, cost: 1 };
    // Introspection's type references nest ofType seven levels deep: its cost counts, its depth does not.
    const inIntrospection = introspecting || name === '__schema' || name === '__type';
    const own: OperationMeasure = { depth: inIntrospection ? 0 : 1, aliases, directives: 0, cost: 1 };
    const named = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(named)) return own;
    const child = measureSet(named, node.selectionSet, inIntrospection, seen);
    const size = listSize(schema, parent.name, field, node, variables);
    return {
      depth: own.depth + child.depth,
      aliases: aliases + child.aliases,
      directives: child.directives,
      cost: 1 + child.cost * size,
    };
  };

  const measure = measureSet(root, operation.selectionSet, false, new Set());
  measure.directives += operation.directives?.length ?? 0;
  return measure;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema') return SchemaMetaFieldDef;
  if (name === '__type') return TypeMetaFieldDef;
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined;
}

/** No list field serves more than this many items per page (see MAX_NESTED_FIRST and the root fields). */
const LARGEST_PAGE = 1000;

/** How many items a field stands for: its `first` argument (a page of a connection too), else its usual fan-out. */
function listSize(
  schema: GraphQLSchema,
  parentName: string,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Variables,
): number {
  const firstArg = field.args.find((arg) => arg.name === 'first');
  if (firstArg) {
    const given = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
    let value: unknown = firstArg.defaultValue;
    if (given?.kind === Kind.INT) value = Number(given.value);
    else if (given?.kind === Kind.VARIABLE) value = variables?.[given.name.value] ?? firstArg.defaultValue;
    // A bad `first` is refused by its resolver (BAD_USER_INPUT, saying the range); here it only must
    // not hide the cost, and never counts for more than the largest page any field serves.
    return typeof value === 'number' && Number.isFinite(value) && value > 1
      ? Math.min(value, LARGEST_PAGE)
      : 1;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return listFanOut(schema, parentName, field.name);
}

/** The first limit `measure` breaks, as an error that names the setting; null when it is within all. */
export function checkOperationLimits(
  measure: OperationMeasure,
  limits: OperationLimits,
  operationName: string | null | undefined,
): GraphQLError | null {
  const name = operationName ? ` "${operationName}"` : '';
  if (measure.depth > limits.maxDepth)
    return limitError(
      `operation${name} is ${measure.depth} levels deep; the limit is ${limits.maxDepth} (KG_MAX_DEPTH)`,
    );
  if (measure.aliases > limits.maxAliases)
    return limitError(
      `operation${name} uses ${measure.aliases} aliases; the limit is ${limits.maxAliases} (KG_MAX_ALIASES)`,
    );
  if (measure.directives > limits.maxDirectives)
    return limitError(
      `operation${name} uses ${measure.directives} directives; the limit is ${limits.maxDirectives} (KG_MAX_DIRECTIVES)`,
    );
  if (measure.cost > limits.maxCost)
    return limitError(
      `operation${name} could return about ${formatCost(measure.cost)} values; the limit is ${limits.maxCost} (KG_MAX_COST); ask for fewer nested lists or pass a smaller \`first\``,
    );
  return null;
}

function formatCost(cost: number): string {
  return cost >= 1e12 ? cost.toExponential(1) : Math.round(cost).toLocaleString('en-US');
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}
