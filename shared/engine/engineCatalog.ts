import type { CarrierId, ServiceId } from '../domain/carrier';
import type { ServiceInfo, WeekendCapability } from '../catalog/types';
import { SERVICES } from '../catalog/services';
import { weekendCapability } from '../catalog/weekendMatrix';
import { carrierHolidays } from '../domain/holidays';

/**
 * The catalog data the engine reads. Passed in (rather than imported deep inside the engine) so tests
 * and the reference oracle can run the engine on hand-made services and holiday tables.
 */
export interface EngineCatalog {
  services: Readonly<Record<ServiceId, ServiceInfo>>;
  weekendCapability(serviceId: ServiceId, day: 'sat' | 'sun', kind: 'pickup' | 'dropoff'): WeekendCapability;
  carrierHolidays(carrier: CarrierId, year: number): readonly { date: string; name: string }[];
}

/**
 * The built-in catalog (shared/catalog): services, the help page's weekend matrix, carrier holidays.
 * @example DEFAULT_ENGINE_CATALOG.services['ups-ground'].carrier // 'ups'
 */
export const DEFAULT_ENGINE_CATALOG: EngineCatalog = {
  services: SERVICES,
  weekendCapability,
  carrierHolidays,
};
