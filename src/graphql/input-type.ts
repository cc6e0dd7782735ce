import { type ClassType, Field, InputType } from 'type-graphql';

/** `() => String`, `() => [FlowNode]`: a GraphQL type as type-graphql's decorators take it. */
export type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

export interface FieldSpec {
  type: ReturnTypeFunc;
  nullable?: boolean;
  description?: string;
}

/**
 * A GraphQL input type built from a list of fields, for inputs whose fields follow from other
 * declarations (a kind's content fields, the fields every kind's drafts share).
 */
export function inputType(name: string, fields: Record<string, FieldSpec>, description?: string): ClassType {
  const Input = { [name]: class {} }[name]!;
  for (const [field, spec] of Object.entries(fields)) {
    Field(spec.type, { nullable: spec.nullable ?? false, description: spec.description })(Input.prototype, field);
  }
  InputType(name, { description })(Input);
  return Input;
}
