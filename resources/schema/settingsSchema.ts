/**
 * The JSON Schema of the settings file, generated from the zod schema (the single source of truth),
 * so editors (VS Code's "$schema") can complete and check settings files by hand.
 */
import { z } from 'zod';
import { SettingsSchema, SETTINGS_FORMAT_VERSION } from '../../shared/domain/settings';

/** The schema as text, exactly as committed in resources/schema/settings.schema.json. */
export function settingsJsonSchemaText(): string {
  // io 'input': describe what a person may write (defaults make fields optional), not the parsed output.
  const schema = z.toJSONSchema(SettingsSchema, { io: 'input', unrepresentable: 'any' });
  const document = {
    $schema: schema.$schema,
    title: `ShipWeek settings file (format ${SETTINGS_FORMAT_VERSION})`,
    description:
      'One shipping-week plan: warehouses, cutoffs, carrier handovers, holidays, transit overrides, page-view profile, size-tier mix and the policy profile to judge against. Generated from shared/domain/settings.ts by resources/schema/build-schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  } as unknown as Record<string, unknown> & { properties: Record<string, unknown> };
  // Settings files may point at this schema for editor support; the app ignores the key.
  document.properties = {
    $schema: { type: 'string', description: 'Path or URL of this JSON Schema (for editors; ignored by ShipWeek).' },
    ...document.properties,
  };
  return JSON.stringify(document, null, 2) + '\n';
}
