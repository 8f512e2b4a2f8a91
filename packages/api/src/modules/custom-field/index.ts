// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { UserCustomField, UserCustomFieldType, UserCustomValue } from './custom-field.entity';
export { UserCustomFieldValueInput } from './custom-field.inputs';
export { UserCustomFieldResolver, UserCustomValuesResolver } from './custom-field.resolver';
export { checkCustomValues, customValuesOfUsers, fillCustomValues, unfillCustomValues, writeCustomValues } from './custom-field.values';
export type { CustomFieldValueFields, CustomValueChange } from './custom-field.values';
export { customFieldLoaders } from './custom-field.loaders';
export { CUSTOM_FIELD_LIMITS, normaliseValue } from './custom-field.rules';
