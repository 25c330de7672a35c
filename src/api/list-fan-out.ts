// How many items a list field without a `first` argument usually holds: the multipliers of the cost model.

import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Generous per-parent fan-out estimates (not yet measured on the bench graph), so the estimate
 * errs on the side of refusing. A list absent here counts DEFAULT_FAN_OUT.
 */
const FAN_OUT: Record<string, number> = {
  'Article.entities': 40,
  'Article.events': 20,
  'Article.claims': 40,
  'Event.participants': 10,
  'Event.mentions': 10,
  'Event.sources': 10,
  'Claim.aboutEvents': 5,
  'Claim.aboutEntities': 5,
  'Person.roles': 5,
  'Role.sources': 5,
  // An entity's sources are every article that names it: hundreds for a country.
  'Entity.sources': 200,
  'Bilateral.events': 100,
  'Bilateral.aSaidAboutB': 100,
  'Bilateral.bSaidAboutA': 100,
  'ContestedEvent.asserting': 10,
  'ContestedEvent.denying': 10,
  // maxHops is at most 10: 21 steps.
  'Connection.steps': 21,
  // A connection's `first` already counted the page.
  'EventConnection.nodes': 1,
  'ClaimConnection.nodes': 1,
};

const DEFAULT_FAN_OUT = 20;
const ENTITY_TYPES = new Set(['Entity', 'Person', 'Country', 'Organization', 'Place']);

export function listFanOut(schema: GraphQLSchema, parentName: string, fieldName: string): number {
  if (parentName.startsWith('__')) return introspectionFanOut(schema)[`${parentName}.${fieldName}`] ?? 1;
  const parent = ENTITY_TYPES.has(parentName) ? 'Entity' : parentName;
  return FAN_OUT[`${parentName}.${fieldName}`] ?? FAN_OUT[`${parent}.${fieldName}`] ?? DEFAULT_FAN_OUT;
}

const introspectionSizes = new WeakMap<GraphQLSchema, Record<string, number>>();

/** Introspection lists sized from the schema itself: the mean count over the types that have such a list. */
function introspectionFanOut(schema: GraphQLSchema): Record<string, number> {
  const known = introspectionSizes.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const withFields = types.filter((type) => isObjectType(type) || isInterfaceType(type));
  const fields = withFields.flatMap((type) => Object.values(type.getFields()));
  const mean = (counts: number[]) =>
    Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)));
  const sizes = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': mean(withFields.map((type) => Object.keys(type.getFields()).length)),
    '__Type.interfaces': mean(withFields.map((type) => type.getInterfaces().length)),
    '__Type.possibleTypes': mean(
      types.flatMap((type) =>
        isUnionType(type)
          ? [type.getTypes().length]
          : isInterfaceType(type)
            ? [schema.getPossibleTypes(type).length]
            : [],
      ),
    ),
    '__Type.enumValues': mean(types.flatMap((type) => (isEnumType(type) ? [type.getValues().length] : []))),
    '__Type.inputFields': mean(
      types.flatMap((type) => (isInputObjectType(type) ? [Object.keys(type.getFields()).length] : [])),
    ),
    '__Field.args': mean(fields.map((field) => field.args.length)),
    '__Directive.args': mean(directives.map((directive) => directive.args.length)),
    '__Directive.locations': 1,
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}
