import type { CarrierId, ServiceId } from '../domain/carrier';
import type { Weekday } from '../domain/time';

/** Weekend capability from Amazon's SFP matrix: Yes / Limited (special operating plan only) / No. */
export type WeekendCapability = 'yes' | 'limited' | 'no';

export interface WeekendMatrixRow {
  carrier: CarrierId;
  /** The matrix row's label as the seed names it (e.g. "Ground", "Air", "All"). */
  row: string;
  /** Services the row applies to. */
  services: readonly ServiceId[];
  satPickup: WeekendCapability;
  satDropoff: WeekendCapability;
  sunPickup: WeekendCapability;
  sunDropoff: WeekendCapability;
}

export interface ServiceInfo {
  id: ServiceId;
  carrier: CarrierId;
  /** English display name; French names live in the i18n messages. */
  name: string;
  kind: 'ground' | 'air' | 'postal';
  /** Business days in transit for carrier zones 1..8 (index 0 = zone 1). Defaults: assumptions. */
  transitByZone: readonly [number, number, number, number, number, number, number, number];
  /** Weekdays the service delivers to residential addresses (default assumption). */
  deliveryDays: readonly Weekday[];
  /** Weekdays counted as transit days (a parcel moves on them). */
  transitDays: readonly Weekday[];
  /** Whether labels can be bought through Amazon Buy Shipping. */
  buyShipping: boolean;
  /** True when the defaults above are assumptions the user should check. */
  assumption: boolean;
}
