import { describe, expect, it } from 'vitest';
import { ModelName } from '@/lib/generated/prisma/internal/prismaNamespace';
import { CONTENT_ENTITY_TYPES } from '../entity-types';
import { contentEntityLabels, contentTypes, getContentType } from '../registry';
import { descriptorOf, purgeOrder } from './descriptors';

// The compiler refuses a type without a definition or a descriptor (both are
// records over CONTENT_ENTITY_TYPES); these check that what they hold agrees.
describe('every content type has a definition and a descriptor that agree', () => {
  it.each(CONTENT_ENTITY_TYPES)('%s', (entityType) => {
    const definition = getContentType(entityType);
    const descriptor = descriptorOf(entityType);
    expect(definition.entityType).toBe(entityType);
    expect(contentTypes).toContain(definition);
    expect(contentEntityLabels[entityType]).toMatch(/^\p{Lu}/u);
    // The delegate is the Prisma model of the same name.
    expect(ModelName[entityType]).toBe(entityType);
    expect(descriptor.model).toBe(`${entityType.charAt(0).toLowerCase()}${entityType.slice(1)}`);
    // A public detail page needs a slug to address it and a slug tag to refresh it.
    if (descriptor.publicPage) {
      expect(definition.slugFrom).toBeDefined();
      expect(descriptor.tags.slug).toBeDefined();
      expect(descriptor.publicPage.path('exemple')).toMatch(/^\/[a-z-]+\/exemple$/);
    }
    // Each dependent points at this type through a required relation field of its own definition.
    for (const dependent of descriptor.dependents ?? []) {
      const link = getContentType(dependent.entityType).fields.find((field) => field.name === dependent.foreignKey);
      expect(link, `${dependent.entityType}.${dependent.foreignKey}`).toMatchObject({ kind: 'relation', target: entityType });
    }
  });

  it('lists each type once in the menu, under a unique segment', () => {
    expect(contentTypes.map((type) => type.entityType).sort()).toEqual([...CONTENT_ENTITY_TYPES].sort());
    expect(new Set(contentTypes.map((type) => type.segment)).size).toBe(CONTENT_ENTITY_TYPES.length);
  });
});

describe('purgeOrder', () => {
  const order = purgeOrder();

  it('holds every type once', () => {
    expect([...order].sort()).toEqual([...CONTENT_ENTITY_TYPES].sort());
  });

  it('deletes what cannot outlive an entry, or blocks its trash, before the entry', () => {
    for (const parent of CONTENT_ENTITY_TYPES) {
      const descriptor = descriptorOf(parent);
      for (const child of [...(descriptor.dependents ?? []), ...(descriptor.trashBlockers ?? [])]) {
        expect(order.indexOf(child.entityType), `${child.entityType} before ${parent}`).toBeLessThan(order.indexOf(parent));
      }
    }
  });
});
